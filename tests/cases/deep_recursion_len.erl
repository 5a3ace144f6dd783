#!/usr/bin/env escript
-module(deep_recursion_len).
-mode(compile).
-export([main/1]).
len([]) -> 0;
len([_ | T]) -> 1 + len(T).
sum([]) -> 0;
sum([H | T]) -> H + sum(T).
main(_) ->
    L = lists:seq(1, 1000000),
    io:format("~p~n", [len(L)]),
    io:format("~p~n", [sum(L)]).
