#!/usr/bin/env escript
-module(bif_halt_status).
-mode(compile).
-export([main/1]).
main(_) ->
    io:format("before halt~n"),
    halt(3),
    io:format("not printed~n").
