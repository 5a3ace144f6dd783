#!/usr/bin/env escript
-module(err_uncaught_if_clause).
-mode(compile).
-export([main/1]).
-export([id/1]).
id(X) -> X.
main(_) ->
    X = ?MODULE:id(5),
    if X > 10 -> big;
       X < 0 -> negative
    end.
