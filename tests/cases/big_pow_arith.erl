#!/usr/bin/env escript
-module(big_pow_arith).
-mode(compile).
-export([main/1]).
pow(_, 0) -> 1;
pow(B, E) -> B * pow(B, E - 1).
main(_) ->
    P = pow(2, 200),
    io:format("~p~n", [P]),
    io:format("~p~n", [P + 1]),
    io:format("~p~n", [P - 1]),
    io:format("~p~n", [P * P]),
    io:format("~p~n", [P div 3]),
    io:format("~p~n", [P rem 3]),
    io:format("~p~n", [-P div 7]),
    io:format("~p~n", [-P rem 7]),
    io:format("~p~n", [P band (P - 1)]),
    io:format("~p~n", [(P - 1) band 16#ffff]),
    io:format("~p~n", [P bor 5]),
    io:format("~p~n", [P bxor (P + 3)]),
    io:format("~p~n", [1 bsl 130]),
    io:format("~p~n", [P bsr 190]),
    io:format("~p~n", [bnot P]),
    io:format("~p~n", [-P]),
    io:format("~p~n", [abs(-P) =:= P]),
    io:format("~p~n", [pow(3, 100) - pow(3, 99) * 3]),
    io:format("~p~n", [(P + 12345) - P]),
    io:format("~p~n", [P / pow(2, 198)]),
    io:format("~p~n", [-P band 16#ff]),
    io:format("~p~n", [(-P) bsr 195]).
