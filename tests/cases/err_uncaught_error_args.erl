#!/usr/bin/env escript
-module(err_uncaught_error_args).
-mode(compile).
-export([main/1]).
f(A, B) -> erlang:error(bad_thing, [A, B]).
main(_) ->
    f(1, "two").
