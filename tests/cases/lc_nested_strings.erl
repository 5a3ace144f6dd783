#!/usr/bin/env escript
-module(lc_nested_strings).
-mode(compile).
-export([main/1]).
main(_) ->
    io:format("~p~n", [[[Y || Y <- lists:seq(1, X)] || X <- lists:seq(1, 4)]]),
    io:format("~p~n", [[C - 32 || C <- "hello", C >= $a, C =< $z]]),
    io:format("~s~n", [[C - 32 || C <- "hello"]]),
    Words = string:split("the quick brown fox jumps", " ", all),
    io:format("~p~n", [[{W, length(W)} || W <- Words, length(W) > 3]]),
    io:format("~p~n", [[lists:reverse(W) || W <- Words]]),
    Matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]],
    Transpose = [[lists:nth(I, Row) || Row <- Matrix] || I <- lists:seq(1, 3)],
    io:format("~p~n", [Transpose]),
    io:format("~p~n", [[X * Y || [X, Y | _] <- Matrix]]),
    io:format("~p~n", [lists:sum([X || Row <- Matrix, X <- Row, X rem 2 =:= 1])]),
    io:format("~p~n", [[{K, V} || {K, V} <- lists:zip([a, b, c], [1, 2, 3]), V =/= 2]]),
    Perms = fun P([]) -> [[]]; P(L) -> [[H | T] || H <- L, T <- P(L -- [H])] end,
    io:format("~p~n", [Perms([1, 2, 3])]).
