#!/usr/bin/env escript
-module(expr_list_ops).
-mode(compile).
-export([main/1]).
id(X) -> X.
r(F) -> try F() catch C:R -> {C, R} end.
main(_) ->
    io:format("~p~n", [[1, 2] ++ [3, 4]]),
    io:format("~p~n", [[] ++ []]),
    io:format("~p~n", ["abc" ++ "def"]),
    io:format("~p~n", [[1] ++ 2]),
    io:format("~p~n", [[1, 2, 3, 2, 1] -- [2, 1]]),
    io:format("~p~n", [[1, 2, 3] -- [4]]),
    io:format("~p~n", ["hello" -- "l"]),
    io:format("~p~n", [[a, b] ++ [c] ++ [d]]),
    io:format("~p~n", [[1, 2, 3] -- [1, 2] -- [2]]),
    io:format("~p~n", [[[1]] ++ [[2]]]),
    io:format("~p~n", [[1 | [2 | [3 | []]]]]),
    io:format("~p~n", [[1, 2 | [3]]]),
    io:format("~p~n", [[a | b]]),
    io:format("~p~n", [[1.0, 1] -- [1]]),
    io:format("~p~n", [r(fun() -> (id(a) ++ [1]) end)]),
    io:format("~p~n", [r(fun() -> ([1] -- id(a)) end)]).
