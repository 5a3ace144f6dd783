#!/usr/bin/env escript
-module(float_arith_compare).
-mode(compile).
-export([main/1]).
main(_) ->
    io:format("~p~n", [0.1 + 0.2 =:= 0.3]),
    io:format("~p~n", [abs(0.1 + 0.2 - 0.3) < 1.0e-15]),
    io:format("~p~n", [1.0 * 3]),
    io:format("~p~n", [7 / 7]),
    io:format("~p~n", [2.0 * 0.5]),
    io:format("~p~n", [1.0e307 * 10 > 1.0e307]),
    io:format("~p~n", [-1.0e-320]),
    io:format("~p~n", [1 / 3 * 3]),
    io:format("~p~n", [100.0 / 3.0]),
    io:format("~p~n", [1.1 * 1.1]),
    io:format("~p~n", [[float(X) || X <- [0, 1, -1, 1000000]]]),
    io:format("~p~n", [lists:sum([0.1 || _ <- lists:seq(1, 10)])]),
    io:format("~p~n", [math:pow(10, 15) + 0.3]),
    io:format("~p~n", [[1.0 =:= 1.0, 1.0 == 1, 1.0 < 1, 1 < 1.0000001]]),
    io:format("~p~n", [trunc(123.999)]),
    io:format("~p~n", [2.5e-3 * 4]),
    io:format("~p~n", [123456.789e3]),
    io:format("~p~n", [0.1 * 3]).
