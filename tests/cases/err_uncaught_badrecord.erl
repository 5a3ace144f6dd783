#!/usr/bin/env escript
-module(err_uncaught_badrecord).
-mode(compile).
-export([main/1]).
-record(r, {a, b}).
id(X) -> X.
main(_) ->
    R = id({other, 1, 2}),
    io:format("~p~n", [R#r.a]).
