#!/usr/bin/env escript
-module(expr_shadow_export).
-mode(compile).
-export([main/1]).
-compile(nowarn_shadow_vars).
classify(N) ->
    case N of
        0 -> Kind = zero, Sign = none;
        _ when N > 0 -> Kind = pos, Sign = '+';
        _ -> Kind = neg, Sign = '-'
    end,
    {Kind, Sign, atom_to_list(Kind) ++ atom_to_list(Sign)}.
grade(S) ->
    if S >= 90 -> L = a; S >= 80 -> L = b; S >= 70 -> L = c; true -> L = f end,
    {S, L}.
tryexp(X) ->
    try
        Y = 10 div X,
        Z = Y * 2,
        {Y, Z}
    of {A, B} -> A + B
    catch _:_ -> err
    end.
main(_) ->
    io:format("~p~n", [[classify(N) || N <- [0, 5, -3]]]),
    io:format("~p~n", [[grade(S) || S <- [95, 85, 75, 10]]]),
    io:format("~p~n", [[tryexp(X) || X <- [1, 3, 0]]]),
    X = 1,
    L1 = [X || X <- [10, 20]],
    io:format("~p ~p~n", [X, L1]),
    F = fun(X) -> X * 100 end,
    io:format("~p ~p~n", [F(2), X]),
    L2 = [{X, Y} || X <- [a, b], Y <- [X, X]],
    io:format("~p~n", [L2]),
    G = fun(A) -> case A of {X, Y} -> {matched, Y}; _ -> nomatch end end,
    io:format("~p ~p ~p~n", [G({3, 4}), G({1, 9}), X]),
    case lists:keyfind(b, 1, [{a, 1}, {b, 2}]) of
        {b, V} -> ok;
        false -> V = missing
    end,
    io:format("~p~n", [V]),
    Res = begin P = 3, Q = P * P, Q + P end,
    io:format("~p ~p ~p~n", [Res, P, Q]),
    {W1, W2} = case X of 1 -> R = one, {R, R}; _ -> R = other, {R, x} end,
    io:format("~p ~p ~p~n", [W1, W2, R]),
    H = fun(Z) -> [Z || Z <- [Z, Z + 1]] end,
    io:format("~p~n", [H(5)]),
    T = [begin X2 = X + I, X2 * X2 end || I <- [1, 2, 3]],
    io:format("~p~n", [T]),
    K = 5,
    M = fun(K1) when K1 > K -> big; (_) -> small end,
    io:format("~p~n", [[M(I) || I <- [4, 5, 6]]]),
    Nested = [[X + Y || Y <- lists:seq(1, X)] || X <- lists:seq(1, 4)],
    io:format("~p ~p~n", [Nested, X]).
