#!/usr/bin/env escript
-module(err_uncaught_format_badarg).
-mode(compile).
-export([main/1]).
main(_) ->
    io:format("~.3f~n", [1.0]),
    io:format("~.3f~n", [1]).
