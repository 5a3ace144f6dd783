#!/usr/bin/env escript
-module(big_factorial).
-mode(compile).
-export([main/1]).
fact(0) -> 1;
fact(N) -> N * fact(N - 1).
main(_) ->
    F = fact(100),
    io:format("~p~n", [F]),
    io:format("~w~n", [fact(30)]),
    io:format("~p~n", [length(integer_to_list(F))]),
    io:format("~p~n", [F div fact(98)]),
    io:format("~p~n", [F rem 1000000007]),
    io:format("~p~n", [fact(25) - fact(24) * 25]),
    io:format("~p~n", [fact(50) div fact(49)]),
    io:format("~p~n", [is_integer(F)]).
