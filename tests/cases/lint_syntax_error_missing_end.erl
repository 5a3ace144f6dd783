#!/usr/bin/env escript
-module(lint_syntax_error_missing_end).
-mode(compile).
-export([main/1]).
main(_) ->
    case 1 of
        1 -> ok,
    io:format("done~n").
