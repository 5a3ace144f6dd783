#!/usr/bin/env escript
-module(lint_unbound_var).
-mode(compile).
-export([main/1]).
main(_) ->
    io:format("~p~n", [Unbound]).
