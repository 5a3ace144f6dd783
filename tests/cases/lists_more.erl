#!/usr/bin/env escript
-module(lists_more).
-mode(compile).
-export([main/1]).
id(X) -> X.
r(F) -> try F() catch C:R -> {C, R} end.
main(_) ->
    io:format("~p~n", [lists:sort([{1, b}, {1, a}, {0, z}])]),
    io:format("~p~n", [lists:keysort(1, [{1, b}, {1, a}, {0, z}])]),
    io:format("~p~n", [lists:sort(fun(A, B) -> A > B end, [1, 3, 2])]),
    io:format("~p~n", [lists:nthtail(0, [a])]),
    io:format("~p~n", [lists:split(3, [1, 2, 3])]),
    io:format("~p~n", [lists:max([1, 2.0, 2])]),
    io:format("~p~n", [lists:min([2, 1.0, 1])]),
    io:format("~p~n", [lists:flatten([[], [[]], [[], [[[]]]]])]),
    io:format("~p~n", [lists:flatten(["ab", [$c, ["de"]]])]),
    io:format("~p~n", [lists:concat([[1, 2], 'x', "y", 3])]),
    io:format("~p~n", [lists:usort([b, a, c, a, b])]),
    io:format("~p~n", [lists:foldl(fun(X, Acc) -> Acc * 10 + X end, 0, [1, 2, 3])]),
    io:format("~p~n", [lists:foldr(fun(X, Acc) -> Acc * 10 + X end, 0, [1, 2, 3])]),
    io:format("~p~n", [lists:mapfoldl(fun(X, S) -> {{X, S}, S + 1} end, 0, [a, b, c])]),
    io:format("~p~n", [lists:filtermap(fun(X) -> case X of {ok, V} -> {true, V}; _ -> false end end, [{ok, 1}, err, {ok, 2}])]),
    io:format("~p~n", [lists:keyreplace(a, 1, [{a, 1}, {a, 2}], {a, 0})]),
    io:format("~p~n", [lists:subtract("mississippi", "sip")]),
    io:format("~p~n", [lists:duplicate(0, x)]),
    io:format("~p~n", [lists:seq(1, 1)]),
    io:format("~p~n", [lists:seq(0, 0, 0)]),
    io:format("~p~n", [r(fun() -> lists:seq(1, id(0), 1) end)]),
    io:format("~p~n", [lists:sum([1, 2.5, 3])]),
    io:format("~p~n", [lists:splitwith(fun erlang:is_atom/1, [a, b, 1, c])]),
    io:format("~p~n", [lists:partition(fun erlang:is_atom/1, [a, 1, b, 2])]),
    io:format("~p~n", [lists:last([only])]).
