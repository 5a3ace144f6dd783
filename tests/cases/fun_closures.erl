#!/usr/bin/env escript
-module(fun_closures).
-mode(compile).
-export([main/1]).
make_counter(Start) -> fun(Inc) -> Start + Inc end.
make_adders(L) -> [fun(X) -> X + N end || N <- L].
compose(F, G) -> fun(X) -> F(G(X)) end.
main(_) ->
    C = make_counter(10),
    io:format("~p~n", [[C(1), C(5)]]),
    Adders = make_adders([1, 10, 100]),
    io:format("~p~n", [[A(1) || A <- Adders]]),
    X = 5,
    F = fun(Y) -> X * Y end,
    io:format("~p~n", [lists:map(F, [1, 2, 3])]),
    Inc = fun(N) -> N + 1 end,
    Dbl = fun(N) -> N * 2 end,
    io:format("~p~n", [(compose(Inc, Dbl))(5)]),
    io:format("~p~n", [(compose(Dbl, Inc))(5)]),
    Acc = lists:foldl(fun(E, {S, P}) -> {S + E, P * E} end, {0, 1}, [1, 2, 3, 4]),
    io:format("~p~n", [Acc]),
    Pair = {a, [1, 2]},
    G = fun() -> Pair end,
    io:format("~p~n", [G()]),
    H = fun(Pair2) -> Pair2 =:= Pair end,
    io:format("~p~n", [[H({a, [1, 2]}), H(x)]]),
    Shadow = fun(X2) -> X2 + X end,
    io:format("~p~n", [Shadow(100)]).
