#!/usr/bin/env escript
-module(lint_head_mismatch).
-mode(compile).
-export([main/1]).
main(_) ->
    io:format("~p~n", [f(1)]).
f(0) -> zero;
g(N) -> N.
