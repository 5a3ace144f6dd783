#!/usr/bin/env escript
-module(big_compare_convert).
-mode(compile).
-export([main/1]).
main(_) ->
    B = 1 bsl 100,
    io:format("~p~n", [[B > 1.0e30, B < 1.0e31, B == float(B), B =:= float(B)]]),
    io:format("~p~n", [float(B)]),
    io:format("~p~n", [B > 1 bsl 99]),
    io:format("~p~n", [-B < -(1 bsl 99)]),
    io:format("~p~n", [integer_to_list(B, 16)]),
    io:format("~p~n", [integer_to_list(-B, 16)]),
    io:format("~p~n", [integer_to_list(B, 2)]),
    io:format("~p~n", [integer_to_list(B, 36)]),
    io:format("~p~n", [list_to_integer("123456789012345678901234567890")]),
    io:format("~p~n", [list_to_integer("-ffffffffffffffffffff", 16)]),
    io:format("~p~n", [integer_to_binary(B)]),
    io:format("~p~n", [binary_to_integer(<<"-99999999999999999999999">>)]),
    io:format("~p~n", [trunc(1.0e20)]),
    io:format("~p~n", [round(1.5e25)]),
    io:format("~p~n", [lists:sort([B, 1.0e40, -B, 0, 1.0e-5, B + 1])]),
    io:format("~p~n", [max(B, 1.0e29)]),
    io:format("~p~n", [B * 1.0]),
    io:format("~p~n", [(B * B) div B =:= B]),
    io:format("~p~n", [16#FFFFFFFFFFFFFFFF + 1]),
    io:format("~p~n", [-16#8000000000000000 - 1]),
    io:format("~p~n", [[134217727 + 1, 576460752303423487 + 1, -576460752303423488 - 1]]).
