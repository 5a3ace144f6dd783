#!/usr/bin/env escript
-module(err_uncaught_function_clause).
-mode(compile).
-export([main/1]).
f(1) -> one;
f(2) -> two.
main(_) ->
    io:format("before~n"),
    io:format("~p~n", [f(id(3))]).
id(X) -> X.
