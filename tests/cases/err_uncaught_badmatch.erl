#!/usr/bin/env escript
-module(err_uncaught_badmatch).
-mode(compile).
-export([main/1]).
-export([id/1]).
id(X) -> X.
main(_) ->
    io:format("before~n"),
    {ok, _} = ?MODULE:id({error, enoent}),
    io:format("not reached~n").
