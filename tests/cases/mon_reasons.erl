#!/usr/bin/env escript
-module(mon_reasons).
-mode(compile).
-export([main/1]).
down(F) ->
    {P, R} = spawn_monitor(F),
    receive {'DOWN', R, process, P, W} -> W end.
main(_) ->
    io:format("~p~n", [down(fun() -> ok end)]),
    io:format("~p~n", [down(fun() -> exit(normal) end)]),
    io:format("~p~n", [down(fun() -> exit(shutdown) end)]),
    io:format("~p~n", [down(fun() -> exit({shutdown, reason}) end)]),
    io:format("~p~n", [down(fun() -> exit(self(), kill), receive after infinity -> ok end end)]),
    {P, R} = spawn_monitor(fun() -> receive after infinity -> ok end end),
    exit(P, kill),
    receive {'DOWN', R, process, P, W} -> io:format("~p~n", [W]) end,
    {P2, R2} = spawn_monitor(fun() -> receive after infinity -> ok end end),
    exit(P2, custom),
    receive {'DOWN', R2, process, P2, W2} -> io:format("~p~n", [W2]) end.
