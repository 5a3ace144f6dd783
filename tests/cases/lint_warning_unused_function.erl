#!/usr/bin/env escript
-module(lint_warning_unused_function).
-mode(compile).
-export([main/1]).
helper() -> never_called.
main(_) ->
    io:format("unused function warning~n").
