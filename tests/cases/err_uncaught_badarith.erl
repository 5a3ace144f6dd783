#!/usr/bin/env escript
-module(err_uncaught_badarith).
-mode(compile).
-export([main/1]).
id(X) -> X.
main(_) ->
    io:format("~p~n", [id(1) + id(foo)]).
