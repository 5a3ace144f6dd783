#!/usr/bin/env escript
-module(err_uncaught_deep_stack).
-mode(compile).
-export([main/1]).
a(X) -> b(X) + 1.
b(X) -> c(X) + 1.
c(X) -> X + 1.
main(_) ->
    io:format("~p~n", [a(1)]),
    io:format("~p~n", [a(nope)]).
