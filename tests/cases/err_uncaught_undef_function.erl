#!/usr/bin/env escript
-module(err_uncaught_undef_function).
-mode(compile).
-export([main/1]).
-export([id/1]).
id(X) -> X.
main(_) ->
    lists:(?MODULE:id(no_such_function))([1]).
