#!/usr/bin/env escript
-module(err_uncaught_format_wrong_args).
-mode(compile).
-export([main/1]).
-export([id/1]).
id(X) -> X.
main(_) ->
    io:format("ok ~p~n", [1]),
    io:format(?MODULE:id("~p ~p~n"), [only_one]).
