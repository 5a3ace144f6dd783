#!/usr/bin/env escript
-module(crash_throw_report).
-mode(compile).
-export([main/1, id/1]).
id(X) -> X.
settle() -> timer:sleep(200).
main(_) ->
    {P, R} = spawn_monitor(fun() -> throw(?MODULE:id(ball)) end),
    receive {'DOWN', R, process, P, {Reason, _}} -> io:format("~p~n", [Reason]) end,
    {P2, R2} = spawn_monitor(fun() -> throw(?MODULE:id({not_caught, "anywhere"})) end),
    receive {'DOWN', R2, process, P2, {Reason2, _}} -> io:format("~p~n", [Reason2]) end,
    settle().
