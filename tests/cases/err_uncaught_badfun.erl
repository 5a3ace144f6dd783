#!/usr/bin/env escript
-module(err_uncaught_badfun).
-mode(compile).
-export([main/1]).
-export([id/1]).
id(X) -> X.
main(_) ->
    F = ?MODULE:id({not_a_fun, 1}),
    F(1).
