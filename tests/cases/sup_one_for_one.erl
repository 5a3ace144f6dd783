#!/usr/bin/env escript
-module(sup_one_for_one).
-mode(compile).
-export([main/1, init/1, start/1]).
%% one_for_one: only the child that died is restarted (a SUPERVISOR REPORT
%% child_terminated is logged first); its siblings keep their processes.
main(_) ->
    register(tester, self()),
    {ok, Sup} = supervisor:start_link({local, sup}, ?MODULE, []),
    io:format("started: ~p~n", [events()]),
    Before = pids(),
    crash(b, {some, reason}),
    io:format("after b crashed: ~p~n", [events()]),
    After = pids(),
    [io:format("~p same pid: ~p~n", [Id, P =:= proplists:get_value(Id, After)])
     || {Id, P} <- Before],
    crash(a, kill),
    io:format("after a killed: ~p~n", [events()]),
    io:format("count: ~p~n", [supervisor:count_children(Sup)]),
    ok.

crash(Id, Reason) ->
    exit(proplists:get_value(Id, pids()), Reason),
    receive {event, {start, Id}} = E -> self() ! E end,
    logger_std_h:filesync(default).

pids() ->
    [{Id, P} || {Id, P, _, _} <- supervisor:which_children(sup)].

events() ->
    receive {event, E} -> [E | events()] after 0 -> [] end.

init([]) ->
    {ok, {#{strategy => one_for_one, intensity => 5, period => 10},
          [#{id => Id, start => {?MODULE, start, [Id]}} || Id <- [a, b, c]]}}.

start(Id) ->
    tester ! {event, {start, Id}},
    {ok, spawn_link(fun() -> receive never -> ok end end)}.
