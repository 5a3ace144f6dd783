#!/usr/bin/env escript
-module(err_uncaught_undef).
-mode(compile).
-export([main/1]).
-export([id/1]).
id(X) -> X.
main(_) ->
    (?MODULE:id(no_such_module)):some_function(1, 2).
