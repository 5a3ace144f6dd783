#!/usr/bin/env escript
-module(mon_registered_name).
-mode(compile).
-export([main/1]).
main(_) ->
    P = spawn(fun() -> receive stop -> ok; crash -> exit(crashed) end end),
    register(watched, P),
    R = monitor(process, watched),
    watched ! stop,
    receive {'DOWN', R, process, Obj, W} -> io:format("~p ~p~n", [Obj, W]) end,
    io:format("~p~n", [Obj =:= {watched, node()}]),
    P2 = spawn(fun() -> receive stop -> ok; crash -> exit(crashed) end end),
    register(watched2, P2),
    R2 = monitor(process, {watched2, node()}),
    P2 ! crash,
    receive {'DOWN', R2, process, Obj2, W2} -> io:format("~p ~p~n", [Obj2, W2]) end,
    R3 = monitor(process, nobody_registered),
    receive {'DOWN', R3, process, Obj3, W3} -> io:format("~p ~p~n", [Obj3, W3]) end,
    P4 = spawn(fun() -> receive stop -> ok end end),
    register(renamed, P4),
    R4 = monitor(process, renamed),
    unregister(renamed),
    P4 ! stop,
    receive {'DOWN', R4, process, Obj4, W4} -> io:format("~p ~p~n", [Obj4, W4]) end.
