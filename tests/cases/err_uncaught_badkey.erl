#!/usr/bin/env escript
-module(err_uncaught_badkey).
-mode(compile).
-export([main/1]).
-export([id/1]).
id(X) -> X.
main(_) ->
    M = ?MODULE:id(#{a => 1}),
    io:format("~p~n", [M#{b := 2}]).
