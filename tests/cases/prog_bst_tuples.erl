#!/usr/bin/env escript
-module(prog_bst_tuples).
-mode(compile).
-export([main/1]).
insert(K, V, nil) -> {K, V, nil, nil};
insert(K, V, {K2, V2, L, R}) when K < K2 -> {K2, V2, insert(K, V, L), R};
insert(K, V, {K2, V2, L, R}) when K > K2 -> {K2, V2, L, insert(K, V, R)};
insert(K, V, {K, _, L, R}) -> {K, V, L, R}.
lookup(_, nil) -> none;
lookup(K, {K, V, _, _}) -> {ok, V};
lookup(K, {K2, _, L, R}) -> if K < K2 -> lookup(K, L); true -> lookup(K, R) end.
delete(_, nil) -> nil;
delete(K, {K2, V, L, R}) when K < K2 -> {K2, V, delete(K, L), R};
delete(K, {K2, V, L, R}) when K > K2 -> {K2, V, L, delete(K, R)};
delete(_, {_, _, nil, R}) -> R;
delete(_, {_, _, L, nil}) -> L;
delete(_, {_, _, L, R}) -> {MK, MV} = min_node(R), {MK, MV, L, delete(MK, R)}.
min_node({K, V, nil, _}) -> {K, V};
min_node({_, _, L, _}) -> min_node(L).
inorder(nil) -> [];
inorder({K, V, L, R}) -> inorder(L) ++ [{K, V}] ++ inorder(R).
preorder(nil) -> [];
preorder({K, _, L, R}) -> [K | preorder(L) ++ preorder(R)].
height(nil) -> 0;
height({_, _, L, R}) -> 1 + max(height(L), height(R)).
fold(_, Acc, nil) -> Acc;
fold(F, Acc, {K, V, L, R}) -> fold(F, F(K, V, fold(F, Acc, L)), R).
main(_) ->
    Keys = [50, 30, 70, 20, 40, 60, 80, 35, 45, 65, 10, 90, 55],
    T = lists:foldl(fun(K, Acc) -> insert(K, K * K, Acc) end, nil, Keys),
    io:format("~p~n", [T]),
    io:format("inorder ~w~npreorder ~w~nheight ~p~n", [inorder(T), preorder(T), height(T)]),
    io:format("lookups ~w~n", [[lookup(K, T) || K <- [10, 45, 46, 90, 0]]]),
    lists:foldl(fun(K, Acc) ->
        A2 = delete(K, Acc),
        io:format("del ~p: ~w h=~p~n", [K, preorder(A2), height(A2)]),
        A2
    end, T, [20, 30, 50, 99, 70, 55]),
    io:format("sum ~p~n", [fold(fun(_, V, A) -> A + V end, 0, T)]),
    io:format("keys>40 ~w~n", [fold(fun(K, _, A) when K > 40 -> [K | A]; (_, _, A) -> A end, [], T)]),
    T2 = insert(50, updated, T),
    io:format("~p~n", [lookup(50, T2)]),
    Words = string:tokens("the quick brown fox jumps over the lazy dog the end", " "),
    WT = lists:foldl(fun(W, Acc) ->
        case lookup(W, Acc) of none -> insert(W, 1, Acc); {ok, N} -> insert(W, N + 1, Acc) end
    end, nil, Words),
    io:format("~p~n", [inorder(WT)]),
    Deg = lists:foldl(fun(K, Acc) -> insert(K, x, Acc) end, nil, lists:seq(1, 300)),
    io:format("degenerate height ~p~n", [height(Deg)]).
