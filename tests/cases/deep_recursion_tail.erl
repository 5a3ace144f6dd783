#!/usr/bin/env escript
-module(deep_recursion_tail).
-mode(compile).
-export([main/1]).
count(0, Acc) -> Acc;
count(N, Acc) -> count(N - 1, Acc + 1).
even(0) -> true;
even(N) -> odd(N - 1).
odd(0) -> false;
odd(N) -> even(N - 1).
main(_) ->
    io:format("~p~n", [count(10000000, 0)]),
    io:format("~p~n", [even(1000001)]),
    io:format("~p~n", [lists:sum(lists:seq(1, 2000000))]),
    io:format("~p~n", [length(lists:reverse(lists:seq(1, 1000000)))]),
    io:format("~p~n", [lists:max(lists:seq(1, 1000000))]),
    io:format("~p~n", [length(lists:sort(lists:reverse(lists:seq(1, 200000))))]).
