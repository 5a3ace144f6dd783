#!/usr/bin/env escript
-module(lex_operators_precedence).
-mode(compile).
-export([main/1]).
id(X) -> X.
main(_) ->
    io:format("~p~n", [2 + 3 * 4 - 1]),
    io:format("~p~n", [-2 * -3]),
    io:format("~p~n", [10 - 4 - 3]),
    io:format("~p~n", [100 div 10 div 5]),
    io:format("~p~n", [2 * 3 rem 4]),
    io:format("~p~n", [1 bsl 2 + 1]),
    io:format("~p~n", [5 band 3 + 1]),
    io:format("~p~n", [[1] ++ [2] ++ [3] -- [3]]),
    io:format("~p~n", [1 + 2 == 3]),
    io:format("~p~n", [not id(true) orelse true]),
    io:format("~p~n", [id(true) andalso id(false) orelse id(true)]),
    io:format("~p~n", [- id(3) + 1]),
    io:format("~p~n", [bnot 0 + 1]),
    io:format("~p~n", [id(1) < 2 andalso 2 < 3]),
    io:format("~p~n", [(catch 1 + 1) * 2]),
    X = Y = 3 + 1,
    io:format("~p~n", [{X, Y}]),
    io:format("~p~n", [#{a => 1 + 1}]),
    io:format("~p~n", [[X2 * 2 || X2 <- [1, 2], X2 + 1 > 2]]).
