#!/usr/bin/env escript
-module(proc_is_process_alive).
-mode(compile).
-export([main/1]).
r(F) -> try F() catch C:R -> {C, R} end.
main(_) ->
    io:format("self: ~p~n", [is_process_alive(self())]),
    {P, R} = spawn_monitor(fun() -> receive stop -> ok end end),
    io:format("waiting child: ~p~n", [is_process_alive(P)]),
    P ! stop,
    receive {'DOWN', R, process, P, normal} -> ok end,
    io:format("after DOWN: ~p~n", [is_process_alive(P)]),
    {Q, R2} = spawn_monitor(fun() -> receive after infinity -> ok end end),
    exit(Q, kill),
    receive {'DOWN', R2, process, Q, killed} -> ok end,
    io:format("after kill: ~p~n", [is_process_alive(Q)]),
    io:format("badarg: ~p~n", [r(fun() -> is_process_alive(not_a_pid) end)]).
