#!/usr/bin/env escript
-module(bif_main_return_value).
-mode(compile).
-export([main/1]).
main(_) ->
    io:format("main returns a non-ok value~n"),
    {some, return, value}.
