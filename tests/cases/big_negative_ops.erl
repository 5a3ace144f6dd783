#!/usr/bin/env escript
-module(big_negative_ops).
-mode(compile).
-export([main/1]).
main(_) ->
    N = -(1 bsl 80) - 12345,
    io:format("~p~n", [N]),
    io:format("~p~n", [N div 1000]),
    io:format("~p~n", [N rem 1000]),
    io:format("~p~n", [N div -1000]),
    io:format("~p~n", [N rem -1000]),
    io:format("~p~n", [N band 16#FFFF]),
    io:format("~p~n", [N bor 1]),
    io:format("~p~n", [N bxor -1]),
    io:format("~p~n", [N bsr 70]),
    io:format("~p~n", [N bsl 3]),
    io:format("~p~n", [abs(N)]),
    io:format("~p~n", [N * N]),
    io:format("~p~n", [N * -N + N * N]),
    io:format("~p~n", [integer_to_list(N, 16)]),
    io:format("~p~n", [N < -1.0e24]),
    io:format("~p~n", [N / 2]),
    io:format("~p~n", [(1 bsl 64) - 1 - (1 bsl 64)]),
    io:format("~p~n", [-(1 bsl 63) div -1]).
