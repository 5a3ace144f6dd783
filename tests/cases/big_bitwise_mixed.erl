#!/usr/bin/env escript
-module(big_bitwise_mixed).
-mode(compile).
-export([main/1]).
id(X) -> X.
main(_) ->
    A = id(1 bsl 100), B = id(-(1 bsl 64) + 7), C = id(16#FFFF_FFFF_FFFF_FFFF),
    Vals = [A, B, C, id(-1), id(0), id(12345)],
    [io:format("~w band ~w = ~w~n", [X, Y, X band Y]) || X <- [A, B, C], Y <- [B, C, id(-1)]],
    [io:format("~w bor ~w = ~w~n", [X, Y, X bor Y]) || X <- [A, B], Y <- [C, id(-256)]],
    [io:format("~w bxor ~w = ~w~n", [X, Y, X bxor Y]) || X <- [A, B], Y <- [C, id(-1)]],
    [io:format("bnot ~w = ~w~n", [X, bnot X]) || X <- Vals],
    [io:format("~w bsr ~w = ~w~n", [B, N, B bsr N]) || N <- [1, 63, 64, 65, 200]],
    [io:format("~w bsl ~w = ~w~n", [id(-3), N, id(-3) bsl N]) || N <- [0, 62, 63, 64, 130]],
    io:format("~w~n", [id(5) bsl -1]),
    io:format("~w~n", [id(1 bsl 70) bsr -2]),
    io:format("~w ~w~n", [A div B, A rem B]),
    io:format("~w ~w~n", [B div 1000, B rem 1000]),
    io:format("~w~n", [lists:sort(fun(X, Y) -> X >= Y end, Vals)]),
    io:format("~w~n", [[X * X - X || X <- Vals]]),
    io:format("~s ~s~n", [integer_to_list(A, 36), integer_to_list(B, 2)]),
    io:format("~w ~w~n", [list_to_integer("-ZZZZZZZZZZZZZZZZZZ", 36), abs(B)]),
    io:format("~w~n", [{A == A * 1.0, A =:= A * 1.0, A > 1.0e30, B < -1.0e19}]),
    io:format("~w~n", [{max(A, 1.0e40), min(B, -1.0e30), float(A)}]).
