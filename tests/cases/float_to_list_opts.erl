#!/usr/bin/env escript
-module(float_to_list_opts).
-mode(compile).
-export([main/1]).
id(X) -> X.
r(F) -> try F() catch C:R -> {C, R} end.
main(_) ->
    X = 3.14159265358979,
    io:format("~p~n", [float_to_list(X)]),
    io:format("~p~n", [float_to_list(X, [{decimals, 2}])]),
    io:format("~p~n", [float_to_list(X, [{decimals, 0}])]),
    io:format("~p~n", [float_to_list(X, [{decimals, 10}])]),
    io:format("~p~n", [float_to_list(1.5, [{decimals, 5}, compact])]),
    io:format("~p~n", [float_to_list(1.0, [{decimals, 3}, compact])]),
    io:format("~p~n", [float_to_list(X, [{scientific, 3}])]),
    io:format("~p~n", [float_to_list(X, [{scientific, 0}])]),
    io:format("~p~n", [float_to_list(12345.678, [{scientific, 5}])]),
    io:format("~p~n", [float_to_list(0.1)]),
    io:format("~p~n", [float_to_list(1.0e100)]),
    io:format("~p~n", [float_to_list(-2.5, [{decimals, 1}])]),
    io:format("~p~n", [float_to_list(2.5, [{decimals, 0}])]),
    io:format("~p~n", [float_to_list(0.125, [{decimals, 2}])]),
    io:format("~p~n", [float_to_list(1.0e10, [short])]),
    io:format("~p~n", [float_to_list(0.1, [short])]),
    io:format("~p~n", [float_to_binary(X, [{decimals, 4}])]),
    io:format("~p~n", [float_to_binary(2.0)]),
    io:format("~p~n", [list_to_float("1.5e3")]),
    io:format("~p~n", [list_to_float("-0.25")]),
    io:format("~p~n", [binary_to_float(<<"6.02e23">>)]),
    io:format("~p~n", [r(fun() -> list_to_float(id("1")) end)]).
