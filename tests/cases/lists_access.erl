#!/usr/bin/env escript
-module(lists_access).
-mode(compile).
-export([main/1]).
id(X) -> X.
r(F) -> try F() catch C:R -> {C, R} end.
main(_) ->
    L = [a, b, c, d, e],
    io:format("~p~n", [[lists:nth(1, L), lists:nth(5, L)]]),
    io:format("~p~n", [lists:nthtail(2, L)]),
    io:format("~p~n", [lists:nthtail(5, L)]),
    io:format("~p~n", [lists:sublist(L, 3)]),
    io:format("~p~n", [lists:sublist(L, 2, 2)]),
    io:format("~p~n", [lists:sublist(L, 4, 10)]),
    io:format("~p~n", [lists:split(2, L)]),
    io:format("~p~n", [lists:last(L)]),
    io:format("~p~n", [lists:droplast(L)]),
    io:format("~p~n", [lists:reverse(L)]),
    io:format("~p~n", [lists:reverse([1, 2], [3, 4])]),
    io:format("~p~n", [[lists:member(c, L), lists:member(z, L)]]),
    io:format("~p~n", [lists:append([1, 2], [3])]),
    io:format("~p~n", [lists:append([[1], [2, 3], [], [4]])]),
    io:format("~p~n", [lists:concat([abc, "def", 12, 3.5])]),
    io:format("~p~n", [lists:delete(c, L)]),
    io:format("~p~n", [lists:delete(z, L)]),
    io:format("~p~n", [lists:delete(1, [1, 2, 1])]),
    io:format("~p~n", [lists:duplicate(3, xy)]),
    io:format("~p~n", [lists:seq(1, 10)]),
    io:format("~p~n", [lists:seq(1, 10, 3)]),
    io:format("~p~n", [lists:seq(10, 1, -2)]),
    io:format("~p~n", [lists:seq(5, 4)]),
    io:format("~p~n", [[lists:sum([1, 2, 3.5]), lists:max([3, 7, 2]), lists:min([3, 7, 2]), lists:max([a, 1, "s"])]]),
    io:format("~p~n", [lists:subtract([1, 2, 3, 1], [1])]),
    io:format("~p~n", [[lists:prefix([a, b], L), lists:prefix([b], L), lists:suffix([d, e], L), lists:suffix([], L)]]),
    io:format("~p~n", [lists:flatten([1, [2, [3, [4, []]]], [[[5]]]])]),
    io:format("~p~n", [lists:flatten([a, [b]], [c, d])]),
    io:format("~p~n", [lists:flatlength([1, [2, [3, 4]], []])]),
    io:format("~p~n", [r(fun() -> lists:nth(id(0), L) end)]),
    io:format("~p~n", [lists:sum([])]).
