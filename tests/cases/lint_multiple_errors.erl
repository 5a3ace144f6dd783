#!/usr/bin/env escript
-module(lint_multiple_errors).
-mode(compile).
-export([main/1]).
main(_) ->
    A = B + 1,
    io:format("~p ~p~n", [A, C]),
    undefined_fun().
