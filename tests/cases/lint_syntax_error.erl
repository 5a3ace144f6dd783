#!/usr/bin/env escript
-module(lint_syntax_error).
-mode(compile).
-export([main/1]).
main(_) ->
    X = [1, 2,,
    io:format("~p~n", [X]).
