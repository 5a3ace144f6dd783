#!/usr/bin/env escript
-module(fmt_w_basic).
-mode(compile).
-export([main/1]).
main(_) ->
    io:format("~w~n", ["string"]),
    io:format("~w~n", [[1, 2, 3]]),
    io:format("~w~n", [{a, "b", <<"c">>}]),
    io:format("~w~n", [<<"abc">>]),
    io:format("~w~n", [#{k => "v", 1 => [2]}]),
    io:format("~w~n", [3.0]),
    io:format("~w~n", ['Quoted']),
    io:format("~w~n", [[a | b]]),
    io:format("~w~n", [lists:seq(1, 40)]),
    io:format("~w~n", [{lists:seq(1, 30), lists:seq(1, 30)}]),
    io:format("~w~n", [<<1:3>>]),
    io:format("~10w|~n", [abc]),
    io:format("~-10w|~n", [abc]),
    io:format("~3w|~n", [abcdef]),
    io:format("~10.2w|~n", [x]).
