#!/usr/bin/env escript
-module(bif_halt_zero).
-mode(compile).
-export([main/1]).
main(_) ->
    io:format("halting normally~n"),
    io:put_chars("with put_chars\n"),
    halt(),
    io:format("not printed~n").
