#!/usr/bin/env escript
-module(lex_floats).
-mode(compile).
-export([main/1]).
main(_) ->
    io:format("~p~n", [1.0e-3]),
    io:format("~p~n", [1.5e3]),
    io:format("~p~n", [1.0E10]),
    io:format("~p~n", [2.5e+2]),
    io:format("~p~n", [0.1]),
    io:format("~p~n", [3.14159]),
    io:format("~p~n", [1_000.5]),
    io:format("~p~n", [1.0e100]),
    io:format("~p~n", [1.0e-100]),
    io:format("~p~n", [123456789.0]),
    io:format("~p~n", [0.000123]),
    io:format("~p~n", [-0.0]),
    io:format("~p~n", [1.0e15]),
    io:format("~p~n", [1.0e16]),
    io:format("~p~n", [12345678901234567890.0]).
