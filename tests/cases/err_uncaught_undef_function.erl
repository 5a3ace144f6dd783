#!/usr/bin/env escript
-module(err_uncaught_undef_function).
-mode(compile).
-export([main/1]).
id(X) -> X.
main(_) ->
    lists:(id(no_such_function))([1]).
