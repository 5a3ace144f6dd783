#!/usr/bin/env escript
-module(logger_set_level).
-mode(compile).
-export([main/1]).
main(_) ->
    R = logger:set_primary_config(level, none),
    io:format("~p~n", [R]),
    io:format("ok~n").
