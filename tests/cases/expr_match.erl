#!/usr/bin/env escript
-module(expr_match).
-mode(compile).
-export([main/1]).
main(_) ->
    A = 1,
    {B, C} = {2, 3},
    [H | T] = [4, 5, 6],
    {X, X} = {same, same},
    D = E = 7,
    <<F:8, G/binary>> = <<9, 10, 11>>,
    #{k := V} = #{k => v, other => 1},
    "ab" ++ Rest = "abcdef",
    [_, _ | Tail] = [1, 2, 3, 4],
    {_, {Inner, _}} = {x, {inner, y}},
    Whole = {P, Q} = {p, q},
    io:format("~p~n", [[A, B, C, H, T, X, D, E, F, G, V, Rest, Tail, Inner]]),
    io:format("~p~n", [{Whole, P, Q}]),
    io:format("~p~n", [(fun({a, Y}) -> Y end)({a, 42})]),
    io:format("~p~n", [case {1, 2} of {1, Z} -> Z end]).
