#!/usr/bin/env escript
-module(crash_report_stacks).
-mode(compile).
-export([main/1, id/1, level1/1, clause/2]).
id(X) -> X.
settle() -> timer:sleep(200).
level1(X) -> [level2(X)].
level2(X) -> {level3(X)}.
level3(X) -> element(1, X) + 1.
clause(a, X) -> X.
down(F) -> {P, R} = spawn_monitor(F), receive {'DOWN', R, process, P, {W, _}} -> W end.
main(_) ->
    io:format("~p~n", [down(fun() -> ?MODULE:level1(?MODULE:id({x})) end)]),
    io:format("~p~n", [down(fun() -> ?MODULE:clause(b, lists:seq(1, 40)) end)]),
    io:format("~p~n", [down(fun() -> case ?MODULE:id(7) of 1 -> one end end)]),
    io:format("~p~n", [down(fun() -> maps:get(missing, ?MODULE:id(#{present => 1})) end)]),
    settle().
