#!/usr/bin/env escript
-module(err_uncaught_function_clause).
-mode(compile).
-export([main/1]).
-export([id/1]).
id(X) -> X.
f(1) -> one;
f(2) -> two.
main(_) ->
    io:format("before~n"),
    io:format("~p~n", [f(?MODULE:id(3))]).
