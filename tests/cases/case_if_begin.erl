#!/usr/bin/env escript
-module(case_if_begin).
-mode(compile).
-export([main/1]).
classify(X) ->
    case X of
        0 -> zero;
        N when N > 100 -> big;
        N when N > 0 -> small;
        {tag, V} -> {tagged, V};
        [_, _] -> two_list;
        _ -> other
    end.
sign(X) ->
    if X > 0 -> pos;
       X < 0 -> neg;
       true -> zero
    end.
main(Args) ->
    io:format("~p~n", [[classify(X) || X <- [0, 500, 5, {tag, 1}, [a, b], -1]]]),
    io:format("~p~n", [[sign(X) || X <- [3, -3, 0, 0.0]]]),
    R = begin A = length(Args) + 1, B = 2, A + B end,
    io:format("~p~n", [R]),
    Y = case R of 3 -> Z = three, Z; _ -> Z = other, Z end,
    io:format("~p~n", [{Y, Z}]),
    io:format("~p~n", [if R =:= 3, is_integer(R) -> ok; true -> no end]),
    io:format("~p~n", [if is_atom(R); R > 2 -> semi_or; true -> no end]),
    io:format("~p~n", [case {1, 2} of {A2, B2} when A2 < B2 -> lt; _ -> ge end]),
    W = case lists:member(x, [x]) of true -> yes; false -> no end,
    io:format("~p~n", [W]).
