#!/usr/bin/env escript
-module(err_uncaught_exit).
-mode(compile).
-export([main/1]).
main(_) ->
    io:format("exiting~n"),
    exit(foo).
