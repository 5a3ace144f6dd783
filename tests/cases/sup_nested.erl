#!/usr/bin/env escript
-module(sup_nested).
-mode(compile).
-export([main/1, init/1, start_worker/1]).
%% A supervision tree: a supervisor child (type supervisor, default
%% shutdown infinity) is stopped with its own children, last started
%% first, and restarted as a whole when it dies.
main(_) ->
    register(tester, self()),
    process_flag(trap_exit, true),
    {ok, Top} = supervisor:start_link({local, top}, ?MODULE, top),
    io:format("start: ~p~n", [events()]),
    io:format("top: ~p~n", [[{Id, T, M} || {Id, _, T, M} <- supervisor:which_children(top)]]),
    {ok, Spec} = supervisor:get_childspec(top, mid),
    io:format("mid spec: ~p~n", [Spec]),
    io:format("mid: ~p~n", [[Id || {Id, _, _, _} <- supervisor:which_children(mid)]]),
    io:format("count top: ~p~n", [supervisor:count_children(top)]),
    io:format("terminate mid: ~p~n", [supervisor:terminate_child(top, mid)]),
    io:format("events: ~p~n", [events()]),
    io:format("restart mid: ~p~n", [element(1, supervisor:restart_child(top, mid))]),
    io:format("events: ~p~n", [events()]),
    Ref = monitor(process, Top),
    exit(Top, shutdown),
    receive {'DOWN', Ref, _, _, R} -> io:format("top down: ~p~n", [R]) end,
    io:format("events: ~p~n", [events()]),
    ok.

events() ->
    receive {event, E} -> [E | events()] after 0 -> [] end.

init(top) ->
    {ok, {#{strategy => rest_for_one},
          [#{id => w1, start => {?MODULE, start_worker, [w1]}},
           #{id => mid, start => {supervisor, start_link, [{local, mid}, ?MODULE, mid]},
             type => supervisor},
           #{id => w2, start => {?MODULE, start_worker, [w2]}}]}};
init(mid) ->
    {ok, {#{strategy => one_for_all},
          [#{id => Id, start => {?MODULE, start_worker, [Id]}} || Id <- [m1, m2, m3]]}}.

start_worker(Id) ->
    tester ! {event, {start, Id}},
    {ok, spawn_link(fun() ->
                            process_flag(trap_exit, true),
                            receive {'EXIT', _, R} -> tester ! {event, {stop, Id, R}}, exit(R) end
                    end)}.
