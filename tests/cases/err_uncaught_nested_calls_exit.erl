#!/usr/bin/env escript
-module(err_uncaught_nested_calls_exit).
-mode(compile).
-export([main/1]).
-export([id/1]).
id(X) -> X.
outer(X) -> 1 + middle(X).
middle(X) -> 2 * inner(X).
inner(X) when X > 0 -> exit({inner_exit, X});
inner(X) -> X.
main(_) ->
    io:format("start~n"),
    outer(?MODULE:id(42)).
