#!/usr/bin/env escript
-module(expr_arith).
-mode(compile).
-export([main/1]).
id(X) -> X.
r(F) -> try F() catch C:R -> {C, R} end.
main(_) ->
    io:format("~p~n", [[7 div 2, -7 div 2, 7 div -2, -7 div -2]]),
    io:format("~p~n", [[7 rem 2, -7 rem 2, 7 rem -2, -7 rem -2]]),
    io:format("~p~n", [[7 / 2, 6 / 2, -1 / 4, 1 / 3]]),
    io:format("~p~n", [[2 + 3 * 4, (2 + 3) * 4, 10 - 2 - 3, 2 * 3.0]]),
    io:format("~p~n", [[1 + 1.0, 3 - 0.5, -(3), +(4), - -5]]),
    io:format("~p~n", [[0.1 + 0.2, r(fun() -> id(1.0e300) * 1.0e300 end)]]),
    io:format("~p~n", [[abs(-3), abs(3.5), abs(-0.5)]]),
    io:format("~p~n", [[17 rem 5, 17 div 5, 5 * (17 div 5) + 17 rem 5]]),
    io:format("~p~n", [[1.5 * 2, 9 / 3, 10 / 4]]),
    io:format("~p~n", [r(fun() -> id(1) div id(0) end)]),
    io:format("~p~n", [r(fun() -> id(1) rem id(0) end)]),
    io:format("~p~n", [r(fun() -> id(1) / id(0) end)]),
    io:format("~p~n", [r(fun() -> id(1.0) / id(0.0) end)]),
    io:format("~p~n", [r(fun() -> id(a) + 1 end)]),
    io:format("~p~n", [r(fun() -> id(1.5) div 1 end)]).
