#!/usr/bin/env escript
-module(lint_undefined_macro).
-mode(compile).
-export([main/1]).
main(_) ->
    io:format("~p~n", [?UNDEFINED_MACRO]).
