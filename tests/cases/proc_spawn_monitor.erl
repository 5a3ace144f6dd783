#!/usr/bin/env escript
-module(proc_spawn_monitor).
-mode(compile).
-export([main/1, job/1]).
job(N) -> exit({done, N * N}).
main(_) ->
    {P, R} = spawn_monitor(fun() -> receive go -> ok end end),
    io:format("~p ~p~n", [is_pid(P), is_reference(R)]),
    {monitors, Ms} = process_info(self(), monitors),
    io:format("monitors: ~p~n", [Ms =:= [{process, P}]]),
    P ! go,
    receive {'DOWN', R, process, P, Why} -> io:format("down: ~p~n", [Why]) end,
    {P2, R2} = spawn_monitor(?MODULE, job, [7]),
    receive {'DOWN', R2, process, P2, Why2} -> io:format("down: ~p~n", [Why2]) end,
    {monitors, Ms2} = process_info(self(), monitors),
    io:format("monitors after: ~p~n", [Ms2]),
    {links, Ls} = process_info(self(), links),
    io:format("no links (besides init): ~p~n", [lists:delete(whereis(init), Ls)]).
