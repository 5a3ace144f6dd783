#!/usr/bin/env escript
-module(rec_match).
-mode(compile).
-export([main/1]).
-record(point, {x = 0, y = 0}).
-record(shape, {kind, origin = #point{}, size = 1}).
describe(#shape{kind = circle, size = S}) -> {circle, S};
describe(#shape{kind = K, origin = #point{x = 0, y = 0}}) -> {K, at_origin};
describe(#shape{kind = K, origin = #point{x = X}}) when X > 10 -> {K, far, X};
describe(#shape{}) -> other.
norm(#point{x = X, y = Y}) -> X * X + Y * Y.
main(_) ->
    io:format("~p~n", [describe(#shape{kind = circle, size = 5})]),
    io:format("~p~n", [describe(#shape{kind = square})]),
    io:format("~p~n", [describe(#shape{kind = tri, origin = #point{x = 20}})]),
    io:format("~p~n", [describe(#shape{kind = tri, origin = #point{x = 2}})]),
    io:format("~p~n", [norm(#point{x = 3, y = 4})]),
    #point{x = PX} = #point{x = 7},
    io:format("~p~n", [PX]),
    R = case #point{x = 1, y = 2} of
            #point{y = 2} = Pt -> {matched, Pt#point.x};
            _ -> nomatch
        end,
    io:format("~p~n", [R]),
    Pts = [#point{x = I, y = I * I} || I <- lists:seq(1, 4)],
    io:format("~p~n", [[Y || #point{y = Y} <- Pts]]),
    io:format("~p~n", [lists:keyfind(3, #point.x, Pts)]),
    io:format("~p~n", [lists:keysort(#point.y, [#point{x = 1, y = 9}, #point{x = 2, y = 1}])]),
    F = fun(P) when P#point.x > 2 -> big; (_) -> small end,
    io:format("~p~n", [[F(P) || P <- Pts]]),
    G = fun(P) when is_record(P, point) -> yes; (_) -> no end,
    io:format("~p~n", [[G(#point{}), G({point}), G(x)]]).
