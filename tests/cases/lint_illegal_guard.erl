#!/usr/bin/env escript
-module(lint_illegal_guard).
-mode(compile).
-export([main/1]).
f(X) when length(X) > lists:sum(X) -> yes;
f(_) -> no.
main(_) ->
    io:format("~p~n", [f([1])]).
