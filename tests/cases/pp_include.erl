#!/usr/bin/env escript
-module(pp_include).
-mode(compile).
-export([main/1]).
-include("include/pp_include_records.hrl").
main(_) ->
    io:format("~p~n", [?GREETING]),
    io:format("~p~n", [?DOUBLE(21)]),
    P = #point{x = 3},
    io:format("~p~n", [P]),
    io:format("~p~n", [#person{name = "Ann"}]),
    io:format("~p~n", [P#point.x + P#point.y]).
