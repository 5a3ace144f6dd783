#!/usr/bin/env escript
-module(fmt_p_improper_and_deep).
-mode(compile).
-export([main/1]).
main(_) ->
    io:format("~p~n", [[1, 2 | 3]]),
    io:format("~p~n", [[a | {b}]]),
    io:format("~p~n", [["abc" | "def"]]),
    io:format("~p~n", [[$a, $b | c]]),
    io:format("~p~n", [[[[[[[[[[deep]]]]]]]]]]),
    io:format("~p~n", [lists:foldl(fun(X, Acc) -> [X, Acc] end, [], lists:seq(1, 30))]),
    io:format("~p~n", [lists:foldl(fun(X, Acc) -> {X, Acc} end, nil, lists:seq(1, 25))]),
    io:format("~p~n", [[{a, [{b, [{c, [{d, [{e, lists:seq(1, 20)}]}]}]}]}]]),
    io:format("~p~n", [lists:seq(1, 10) ++ improper_tail_test]),
    io:format("~p~n", [list_to_tuple([lists:duplicate(5, N) || N <- lists:seq(1, 8)])]).
