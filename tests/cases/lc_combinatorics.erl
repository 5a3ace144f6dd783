#!/usr/bin/env escript
-module(lc_combinatorics).
-mode(compile).
-export([main/1]).
perms([]) -> [[]];
perms(L) -> [[H | T] || H <- L, T <- perms(L -- [H])].
combs(0, _) -> [[]];
combs(_, []) -> [];
combs(K, [H | T]) -> [[H | C] || C <- combs(K - 1, T)] ++ combs(K, T).
powerset([]) -> [[]];
powerset([H | T]) -> P = powerset(T), [[H | S] || S <- P] ++ P.
main(_) ->
    io:format("~p~n", [perms([1, 2, 3])]),
    io:format("~p~n", [length(perms(lists:seq(1, 7)))]),
    io:format("~p~n", [combs(2, [a, b, c, d])]),
    io:format("~p~n", [[length(combs(K, lists:seq(1, 10))) || K <- lists:seq(0, 10)]]),
    io:format("~p~n", [powerset([x, y, z])]),
    io:format("~p~n", [[{A, B, C} || C <- lists:seq(1, 40), B <- lists:seq(1, C), A <- lists:seq(1, B), A * A + B * B =:= C * C]]),
    io:format("~p~n", [[{X, Y} || X <- lists:seq(1, 4), Y <- lists:seq(X, 4), (X + Y) rem 2 =:= 1]]),
    io:format("~p~n", [[[X, Y, Z] || X <- "ab", Y <- "cd", Z <- "ef", X =/= $b orelse Z =/= $f]]),
    io:format("~p~n", [[N || N <- lists:seq(2, 80), lists:all(fun(D) -> N rem D =/= 0 end, lists:seq(2, trunc(math:sqrt(N))))]]),
    Queens = fun Q(0, _) -> [[]];
                 Q(K, N) -> [[C | Qs] || Qs <- Q(K - 1, N), C <- lists:seq(1, N), safe(C, Qs)] end,
    io:format("~p ~p~n", [length(Queens(6, 6)), hd(Queens(8, 8))]),
    io:format("~p~n", [[{K, V} || {K, V} <- [{a, 1}, {b, 2}, bad, {c, 3, x}, {d, 4}], V > 1]]),
    io:format("~p~n", [[X || [X | _] <- [[1, 2], [], [3], "s", x]]]),
    io:format("~p~n", [[H || #{h := H} <- [#{h => 1}, #{g => 2}, #{h => 3, g => 4}]]]),
    io:format("~p~n", [[X * Y || X <- [1, 2, 3], X > 1, Y <- [X, X * 10], Y < 25]]),
    io:format("~p~n", [[Y || X <- [[1, 2], [3], []], Y <- X]]),
    io:format("~p~n", [lists:sum([X || X <- lists:seq(1, 999), X rem 3 =:= 0 orelse X rem 5 =:= 0])]),
    M = 3,
    io:format("~p~n", [[X || {X, M1} <- [{a, 3}, {b, 4}, {c, 3}], M1 =:= M]]),
    io:format("~p~n", [[X || {X, _M} <- [{a, 3}, {b, 4}, {c, 3}]]]).
safe(C, Qs) -> not lists:any(fun({D, Q}) -> Q =:= C orelse abs(Q - C) =:= D end, lists:zip(lists:seq(1, length(Qs)), Qs)).
