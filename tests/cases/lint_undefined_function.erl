#!/usr/bin/env escript
-module(lint_undefined_function).
-mode(compile).
-export([main/1]).
main(_) ->
    io:format("~p~n", [not_defined_here(1)]).
