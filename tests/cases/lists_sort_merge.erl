#!/usr/bin/env escript
-module(lists_sort_merge).
-mode(compile).
-export([main/1]).
main(_) ->
    L = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5],
    io:format("~p~n", [lists:sort(L)]),
    io:format("~p~n", [lists:usort(L)]),
    io:format("~p~n", [lists:sort(fun(A, B) -> A >= B end, L)]),
    io:format("~p~n", [lists:usort(fun(A, B) -> A >= B end, L)]),
    KL = [{b, 2}, {a, 3}, {c, 1}, {a, 1}],
    io:format("~p~n", [lists:keysort(1, KL)]),
    io:format("~p~n", [lists:keysort(2, KL)]),
    io:format("~p~n", [lists:ukeysort(1, KL)]),
    io:format("~p~n", [lists:merge([1, 3, 5], [2, 4, 6])]),
    io:format("~p~n", [lists:merge([[1, 4], [2, 5], [3, 6]])]),
    io:format("~p~n", [lists:merge3([1, 4], [2, 5], [3, 6])]),
    io:format("~p~n", [lists:merge(fun(A, B) -> A >= B end, [5, 3, 1], [4, 2])]),
    io:format("~p~n", [lists:umerge([1, 2, 3], [2, 3, 4])]),
    io:format("~p~n", [lists:umerge([[1, 2], [2, 3], [3, 4]])]),
    io:format("~p~n", [lists:umerge3([1, 2], [2, 3], [3, 4])]),
    io:format("~p~n", [lists:keymerge(1, [{a, 1}, {c, 3}], [{b, 2}, {d, 4}])]),
    io:format("~p~n", [lists:ukeymerge(1, [{a, 1}, {b, 2}], [{b, 20}, {c, 3}])]),
    io:format("~p~n", [lists:sort([{b, 1}, {a, 2}, "str", 1.5, atom, [], 10])]),
    io:format("~p~n", [lists:sort([1.0, 1, 1.0, 1])]),
    io:format("~p~n", [lists:usort([1.0, 1, 2, 2.0])]),
    io:format("~p~n", [lists:sort(fun({_, A}, {_, B}) -> A =< B end, KL)]),
    io:format("~p~n", [lists:reverse(lists:sort(lists:seq(1, 30)))]).
