#!/usr/bin/env escript
-module(err_uncaught_badarity).
-mode(compile).
-export([main/1]).
-export([id/1]).
id(X) -> X.
main(_) ->
    F = ?MODULE:id(fun(A, B) -> A + B end),
    F(1).
