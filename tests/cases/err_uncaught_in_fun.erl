#!/usr/bin/env escript
-module(err_uncaught_in_fun).
-mode(compile).
-export([main/1]).
-export([id/1]).
id(X) -> X.
main(_) ->
    F = fun(X) -> {ok, Y} = X, Y end,
    io:format("~p~n", [F({ok, 1})]),
    io:format("~p~n", [F(?MODULE:id(error))]).
