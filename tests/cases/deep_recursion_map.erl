#!/usr/bin/env escript
-module(deep_recursion_map).
-mode(compile).
-export([main/1]).
my_map(_, []) -> [];
my_map(F, [H | T]) -> [F(H) | my_map(F, T)].
build(0) -> [];
build(N) -> [N | build(N - 1)].
main(_) ->
    L = my_map(fun(X) -> X * 2 end, lists:seq(1, 1000000)),
    io:format("~p~n", [length(L)]),
    io:format("~p~n", [lists:last(L)]),
    B = build(1000000),
    io:format("~p~n", [{hd(B), length(B)}]),
    io:format("~p~n", [length(lists:map(fun(X) -> X + 1 end, B))]),
    io:format("~p~n", [lists:foldr(fun(X, A) -> X + A end, 0, B)]),
    io:format("~p~n", [length([X || X <- B, X rem 2 =:= 0])]),
    io:format("~p~n", [length(lists:append(lists:duplicate(1000, lists:seq(1, 1000))))]).
