#!/usr/bin/env escript
-module(err_uncaught_exit_normal).
-mode(compile).
-export([main/1]).
main(_) ->
    io:format("exit normal~n"),
    exit(normal).
