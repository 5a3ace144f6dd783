#!/usr/bin/env escript
-module(err_uncaught_badrecord).
-mode(compile).
-export([main/1]).
-record(r, {a, b}).
-export([id/1]).
id(X) -> X.
main(_) ->
    R = ?MODULE:id({other, 1, 2}),
    io:format("~p~n", [R#r.a]).
