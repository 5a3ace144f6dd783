#!/usr/bin/env escript
-module(err_uncaught_badmatch).
-mode(compile).
-export([main/1]).
id(X) -> X.
main(_) ->
    io:format("before~n"),
    {ok, _} = id({error, enoent}),
    io:format("not reached~n").
