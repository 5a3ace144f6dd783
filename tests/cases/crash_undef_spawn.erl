#!/usr/bin/env escript
-module(crash_undef_spawn).
-mode(compile).
-export([main/1]).
hidden(X) -> X.
settle() -> timer:sleep(200).
main(_) ->
    io:format("~p~n", [hidden(ok)]),
    P = spawn(?MODULE, hidden, [1]),
    io:format("spawn returned a pid: ~p~n", [is_pid(P)]),
    R = monitor(process, P),
    receive {'DOWN', R, process, P, W} -> io:format("~p~n", [W]) end,
    {P2, R2} = spawn_monitor(no_such_module, start, [a, b]),
    receive {'DOWN', R2, process, P2, W2} -> io:format("~p~n", [W2]) end,
    settle().
