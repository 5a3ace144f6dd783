#!/usr/bin/env escript
-module(lists_fold_map).
-mode(compile).
-export([main/1]).
main(_) ->
    L = [1, 2, 3, 4, 5],
    io:format("~p~n", [lists:foldl(fun(X, Acc) -> [X | Acc] end, [], L)]),
    io:format("~p~n", [lists:foldr(fun(X, Acc) -> [X | Acc] end, [], L)]),
    io:format("~p~n", [lists:foldl(fun(X, Acc) -> X + Acc end, 0, L)]),
    io:format("~p~n", [lists:map(fun(X) -> X * X end, L)]),
    io:format("~p~n", [lists:filter(fun(X) -> X rem 2 =:= 1 end, L)]),
    io:format("~p~n", [lists:filtermap(fun(X) when X > 2 -> {true, X * 10}; (X) -> X =:= 1 end, L)]),
    io:format("~p~n", [lists:flatmap(fun(X) -> lists:duplicate(X, X) end, [1, 2, 3])]),
    io:format("~p~n", [lists:mapfoldl(fun(X, Acc) -> {X * 2, Acc + X} end, 0, L)]),
    io:format("~p~n", [lists:mapfoldr(fun(X, Acc) -> {[X | Acc], [X | Acc]} end, [], [a, b, c])]),
    io:format("~p~n", [lists:all(fun is_integer/1, L)]),
    io:format("~p~n", [lists:any(fun(X) -> X > 4 end, L)]),
    io:format("~p~n", [lists:any(fun(X) -> X > 5 end, L)]),
    io:format("~p~n", [lists:all(fun is_atom/1, [])]),
    lists:foreach(fun(X) -> io:format("item ~p~n", [X]) end, [x, y]),
    io:format("~p~n", [lists:partition(fun(X) -> X > 2 end, L)]),
    io:format("~p~n", [lists:splitwith(fun(X) -> X < 3 end, L)]),
    io:format("~p~n", [lists:takewhile(fun(X) -> X < 3 end, L)]),
    io:format("~p~n", [lists:dropwhile(fun(X) -> X < 3 end, L)]),
    io:format("~p~n", [lists:search(fun(X) -> X > 3 end, L)]),
    io:format("~p~n", [lists:search(fun(X) -> X > 30 end, L)]),
    io:format("~p~n", [lists:zipwith(fun(A, B) -> A * B end, [1, 2, 3], [4, 5, 6])]),
    io:format("~p~n", [lists:zipwith3(fun(A, B, C) -> A + B + C end, [1, 2], [3, 4], [5, 6])]),
    io:format("~p~n", [lists:foldl(fun(X, {Min, Max}) -> {min(X, Min), max(X, Max)} end, {100, -100}, L)]).
