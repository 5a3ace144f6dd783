#!/usr/bin/env escript
-module(lint_export_undefined).
-mode(compile).
-export([main/1]).
-export([missing/2]).
main(_) ->
    io:format("hi~n").
