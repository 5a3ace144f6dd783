#!/usr/bin/env escript
-module(deep_nontail_million).
-mode(compile).
-export([main/1]).
len([]) -> 0;
len([_ | T]) -> 1 + len(T).
map(_, []) -> [];
map(F, [H | T]) -> [F(H) | map(F, T)].
sum_tree(leaf) -> 0;
sum_tree({node, L, V, R}) -> sum_tree(L) + V + sum_tree(R).
chain(0) -> leaf;
chain(N) -> {node, chain(N - 1), N, leaf}.
app([], B) -> B;
app([H | T], B) -> [H | app(T, B)].
build(0) -> [];
build(N) -> [N | build(N - 1)].
nest(0, Acc) -> Acc;
nest(N, Acc) -> nest(N - 1, [Acc]).
unnest([X]) -> 1 + unnest(X);
unnest([]) -> 0.
main(_) ->
    N = 1000000,
    L = build(N),
    io:format("~p ~p ~p~n", [len(L), hd(L), lists:last(L)]),
    M = map(fun(X) -> X * 2 end, L),
    io:format("~p ~p~n", [hd(M), lists:sum(M)]),
    io:format("~p~n", [len(app(L, L))]),
    T = chain(300000),
    io:format("~p~n", [sum_tree(T)]),
    io:format("~p~n", [unnest(nest(500000, []))]),
    Fold = lists:foldr(fun(X, Acc) -> X + Acc end, 0, L),
    io:format("~p~n", [Fold]),
    LC = [X || X <- L, X rem 100000 =:= 0],
    io:format("~p~n", [LC]),
    Str = lists:flatten(lists:duplicate(200000, "ab")),
    io:format("~p~n", [length(Str)]),
    B = list_to_binary(Str),
    io:format("~p ~p~n", [byte_size(B), length(binary_to_list(B))]),
    Deep = lists:foldl(fun(_, Acc) -> {Acc} end, x, lists:seq(1, 100000)),
    Depth = fun D({X}, K) -> D(X, K + 1); D(_, K) -> K end,
    io:format("~p~n", [Depth(Deep, 0)]),
    io:format("~p~n", [Deep =:= lists:foldl(fun(_, Acc) -> {Acc} end, x, lists:seq(1, 100000))]).
