#!/usr/bin/env escript
-module(lint_bad_record_field).
-mode(compile).
-export([main/1]).
-record(r, {a, b}).
main(_) ->
    R = #r{a = 1, c = 2},
    io:format("~p~n", [R#r.zz]).
