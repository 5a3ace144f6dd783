#!/usr/bin/env escript
-module(lint_undefined_record).
-mode(compile).
-export([main/1]).
main(_) ->
    R = #nosuchrecord{a = 1},
    io:format("~p~n", [R]).
