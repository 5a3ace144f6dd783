#!/usr/bin/env escript
-module(mon_noproc).
-mode(compile).
-export([main/1]).
main(_) ->
    {P, R} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', R, process, P, normal} -> ok end,
    R2 = monitor(process, P),
    io:format("~p~n", [is_reference(R2)]),
    receive {'DOWN', R2, process, Obj, W} -> io:format("~p ~p~n", [Obj =:= P, W]) end,
    R3 = monitor(process, no_such_process),
    receive {'DOWN', R3, process, Obj3, W3} -> io:format("~p ~p~n", [Obj3, W3]) end,
    R4 = monitor(process, {no_such_process, node()}),
    receive {'DOWN', R4, process, Obj4, W4} -> io:format("~p ~p~n", [Obj4, W4]) end,
    io:format("~p~n", [process_info(self(), monitors)]).
