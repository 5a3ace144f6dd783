#!/usr/bin/env escript
-module(sup_restart_fails).
-mode(compile).
-export([main/1, init/1, start/1]).
%% A restart whose start function fails is reported (start_error) and
%% tried again later; every attempt counts against the restart intensity.
%% Here the child's start fails twice and then works; a second child
%% never starts again, so the supervisor finally gives up.
main(_) ->
    register(tester, self()),
    {ok, Sup} = supervisor:start_link({local, sup}, ?MODULE, []),
    unlink(Sup),
    Ref = monitor(process, Sup),
    _ = events(),
    exit(child_pid(flaky), kill),
    receive {event, {started, flaky}} -> ok end,
    logger_std_h:filesync(default),
    io:format("flaky: ~p~n", [events()]),
    io:format("children: ~p~n", [[{Id, is_pid(P)} || {Id, P, _, _} <- supervisor:which_children(sup)]]),
    exit(child_pid(doomed), kill),
    receive {'DOWN', Ref, process, Sup, Reason} -> logger_std_h:filesync(default), io:format("supervisor down: ~p~n", [Reason]) end,
    io:format("doomed: ~p~n", [events()]),
    ok.

child_pid(Id) ->
    {Id, P, _, _} = lists:keyfind(Id, 1, supervisor:which_children(sup)), P.

events() ->
    receive {event, E} -> [E | events()] after 0 -> [] end.

init([]) ->
    {ok, {#{strategy => one_for_one, intensity => 5, period => 3600},
          [#{id => Id, start => {?MODULE, start, [Id]}} || Id <- [flaky, doomed]]}}.

%% Runs in the supervisor: its process dictionary counts the attempts.
start(Id) ->
    N = case get({attempts, Id}) of undefined -> 1; K -> K + 1 end,
    put({attempts, Id}, N),
    tester ! {event, {attempt, Id, N}},
    case {Id, N} of
        {_, 1} -> ok(Id);
        {flaky, 4} -> ok(Id);
        {flaky, _} -> {error, {not_yet, N}};
        {doomed, _} -> {error, {never, N}}
    end.

ok(Id) ->
    tester ! {event, {started, Id}},
    {ok, spawn_link(fun() -> receive never -> ok end end)}.
