#!/usr/bin/env escript
-module(err_uncaught_error_tuple_reason).
-mode(compile).
-export([main/1]).
-export([id/1]).
id(X) -> X.
main(_) ->
    element(?MODULE:id(5), ?MODULE:id({a, b})).
