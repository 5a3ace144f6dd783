#!/usr/bin/env escript
-module(lint_warning_unused_var).
-mode(compile).
-export([main/1]).
main(_) ->
    Unused = 42,
    io:format("runs despite the warning~n").
