#!/usr/bin/env escript
%% Live data of every boxed kind survives many collections while garbage
%% is made around it; the checksums catch any corruption.
-module(gc_survivors).
-mode(compile).
-export([main/1]).

main(_) ->
    Keep = build(200),
    churn(2000, Keep),
    io:format("~p~n", [checksum(Keep)]),
    Big = lists:foldl(fun(I, Acc) -> [{I, I * I, integer_to_list(I)} | Acc] end, [], lists:seq(1, 20000)),
    churn(500, Big),
    io:format("~p~n", [lists:sum([A + B + length(C) || {A, B, C} <- Big])]),
    Bin = list_to_binary(lists:seq(0, 255)),
    <<_:16, Sub:64/binary, _/binary>> = Bin,
    churn(1000, Sub),
    io:format("~p~n", [binary_to_list(Sub)]),
    F = make_adder(40),
    M = maps:from_list([{K, {K, float(K) / 3}} || K <- lists:seq(1, 100)]),
    churn(1000, {F, M}),
    io:format("~p ~p~n", [F(2), maps:get(50, M)]),
    Deep = nest(100000),
    churn(200, Deep),
    io:format("~p~n", [depth(Deep, 0)]).

build(0) -> [];
build(N) ->
    [{N, float(N) * 1.5, 1 bsl (N + 64), <<N:32, "tail">>, #{n => N, l => [N, N]}, make_adder(N), "str"}
     | build(N - 1)].

make_adder(N) -> fun(X) -> X + N end.

churn(0, _Keep) -> ok;
churn(N, Keep) ->
    _ = lists:reverse(lists:seq(1, 50)),
    _ = [X * 2 || X <- lists:seq(1, 20)],
    _ = {N, [N | Keep]},
    churn(N - 1, Keep).

checksum(L) ->
    lists:foldl(fun({N, F, B, Bin, Map, Fun, S}, Acc) ->
                        <<M:32, "tail">> = Bin,
                        Acc + N + trunc(F) + (B bsr 64) + M + maps:get(n, Map)
                            + lists:sum(maps:get(l, Map)) + Fun(1) + length(S)
                end, 0, L).

nest(0) -> leaf;
nest(N) -> {node, nest(N - 1)}.

depth(leaf, D) -> D;
depth({node, T}, D) -> depth(T, D + 1).
