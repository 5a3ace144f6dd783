#!/usr/bin/env escript
-module(float_rounding).
-mode(compile).
-export([main/1]).
id(X) -> X.
r(F) -> try F() catch C:R -> {C, R} end.
main(_) ->
    Xs = [2.5, 3.5, -2.5, -3.5, 2.4, -2.6, 0.5, -0.5, 1.0, -0.0, 7, -7],
    io:format("~p~n", [[round(X) || X <- Xs]]),
    io:format("~p~n", [[trunc(X) || X <- Xs]]),
    io:format("~p~n", [[ceil(X) || X <- Xs]]),
    io:format("~p~n", [[floor(X) || X <- Xs]]),
    io:format("~p~n", [[erlang:round(1.0e15 + 0.5), trunc(-1.9999)]]),
    io:format("~p~n", [math:sqrt(16)]),
    io:format("~p~n", [math:sqrt(2)]),
    io:format("~p~n", [math:pow(2, 10)]),
    io:format("~p~n", [math:pow(2.5, 0.5)]),
    io:format("~p~n", [math:pi()]),
    io:format("~p~n", [math:sin(0)]),
    io:format("~p~n", [math:sin(math:pi() / 2)]),
    io:format("~p~n", [math:cos(0.0)]),
    io:format("~p~n", [math:log(math:exp(1))]),
    io:format("~p~n", [math:exp(1)]),
    io:format("~p~n", [math:log(10)]),
    io:format("~p~n", [math:log2(1024)]),
    io:format("~p~n", [math:log10(1000)]),
    io:format("~p~n", [math:atan2(1, 1)]),
    io:format("~p~n", [math:floor(-1.5)]),
    io:format("~p~n", [math:ceil(1.2)]),
    io:format("~p~n", [math:fmod(10.5, 3)]),
    io:format("~p~n", [math:tan(1.0)]),
    io:format("~p~n", [[math:asin(1.0), math:acos(1.0), math:atan(1.0)]]),
    io:format("~p~n", [[math:sinh(1.0), math:cosh(1.0), math:tanh(1.0)]]),
    io:format("~p~n", [r(fun() -> math:sqrt(id(-1)) end)]),
    io:format("~p~n", [r(fun() -> math:log(id(0)) end)]).
