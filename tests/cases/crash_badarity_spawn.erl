#!/usr/bin/env escript
-module(crash_badarity_spawn).
-mode(compile).
-export([main/1, one/1, id/1]).
id(X) -> X.
one(X) -> X.
settle() -> timer:sleep(200).
r(F) -> try F() catch C:R -> {C, R} end.
main(_) ->
    %% spawn/1 accepts any fun; the new process fails with badarity.
    P = spawn(?MODULE:id(fun ?MODULE:one/1)),
    io:format("spawn returned a pid: ~p~n", [is_pid(P)]),
    R = monitor(process, P),
    receive {'DOWN', R, process, P, W} -> io:format("~p~n", [W]) end,
    %% spawn_monitor/1 checks the arity itself.
    io:format("~p~n", [r(fun() -> spawn_monitor(?MODULE:id(fun ?MODULE:one/1)) end)]),
    io:format("~p~n", [r(fun() -> spawn(?MODULE:id(not_a_fun)) end)]),
    {P2, R2} = spawn_monitor(erlang, apply, [fun ?MODULE:one/1, [1, 2]]),
    receive {'DOWN', R2, process, P2, W2} -> io:format("~p~n", [W2]) end,
    settle().
