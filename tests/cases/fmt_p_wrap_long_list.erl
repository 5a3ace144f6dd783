#!/usr/bin/env escript
-module(fmt_p_wrap_long_list).
-mode(compile).
-export([main/1]).
main(_) ->
    io:format("~p~n", [lists:seq(1, 100)]),
    io:format("~p~n", [[lists:seq(1, 15), lists:seq(100, 120)]]),
    io:format("~p~n", [[{N, N * N} || N <- lists:seq(1, 25)]]),
    io:format("~p~n", [list_to_tuple(lists:seq(1, 40))]),
    io:format("~p~n", [[abcdefghij, klmnopqrst, uvwxyzabcd, efghijklmn, opqrstuvwx, yzabcdefgh, ijklmnopqr, stuvwxyzab]]),
    io:format("~p~n", [lists:seq(1000000, 1000030)]).
