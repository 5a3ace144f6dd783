#!/usr/bin/env escript
-module(expr_nested_scopes).
-mode(compile).
-export([main/1]).
main(Args) ->
    X = length(Args) + 1,
    F = fun() -> X + 1 end,
    Y = case Args of
            [] -> Z = F(), Z * 10;
            _ -> Z = 0, Z
        end,
    io:format("~p~n", [{X, Y, Z}]),
    G = fun(X1) -> case X1 of X -> same_as_outer; _ -> different end end,
    io:format("~p~n", [[G(1), G(2)]]),
    H = fun({X2, X2}) -> pair_same; ({_, _}) -> pair_diff end,
    io:format("~p~n", [[H({a, a}), H({a, b})]]),
    R = [begin W = V * 2, W + 1 end || V <- [1, 2, 3]],
    io:format("~p~n", [R]),
    T = try Q = 5, Q * 2 catch _:_ -> 0 end,
    io:format("~p~n", [T]),
    K = if X > 0 -> P = pos, P; true -> P = nonpos, P end,
    io:format("~p~n", [{K, P}]).
