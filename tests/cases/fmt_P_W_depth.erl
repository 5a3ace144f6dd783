#!/usr/bin/env escript
-module(fmt_P_W_depth).
-mode(compile).
-export([main/1]).
main(_) ->
    T = {a, [1, 2, 3, 4, 5, 6, 7, 8], {b, {c, {d, {e}}}}, "a string here"},
    io:format("~P~n", [T, 1]),
    io:format("~P~n", [T, 2]),
    io:format("~P~n", [T, 3]),
    io:format("~P~n", [T, 5]),
    io:format("~P~n", [T, 100]),
    io:format("~W~n", [T, 2]),
    io:format("~W~n", [T, 4]),
    io:format("~W~n", [lists:seq(1, 20), 5]),
    io:format("~P~n", [lists:seq(1, 20), 5]),
    io:format("~P~n", [#{a => 1, b => 2, c => 3}, 2]),
    io:format("~W~n", [<<1, 2, 3, 4, 5, 6, 7, 8>>, 3]),
    io:format("~P~n", ["abcdefghijkl", 4]),
    io:format("~P~n", [[a | b], 1]),
    io:format("~P~n", [[a | b], 2]).
