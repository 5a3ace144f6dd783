#!/usr/bin/env escript
-module(err_uncaught_badarith).
-mode(compile).
-export([main/1]).
-export([id/1]).
id(X) -> X.
main(_) ->
    io:format("~p~n", [?MODULE:id(1) + ?MODULE:id(foo)]).
