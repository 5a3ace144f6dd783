#!/usr/bin/env escript
-module(lists_heavy_mix).
-mode(compile).
-export([main/1]).
main(_) ->
    L = [{k3, 30, c}, {k1, 10, a}, {k2, 20, b}, {k1, 11, d}],
    io:format("~p~n", [lists:keyreplace(k1, 1, L, {k1, new})]),
    io:format("~p~n", [lists:keystore(k9, 1, L, {k9, 90})]),
    io:format("~p~n", [lists:keytake(k2, 1, L)]),
    io:format("~p~n", [lists:keydelete(k1, 1, L)]),
    io:format("~p~n", [lists:keymerge(1, lists:keysort(1, L), [{k0, 0}, {k5, 5}])]),
    io:format("~p~n", [lists:unzip3([{A, B, C} || {A, B, C} <- L])]),
    io:format("~p~n", [lists:flatmap(fun({K, N, _}) -> lists:duplicate(N div 10, K) end, L)]),
    io:format("~p~n", [lists:splitwith(fun(X) -> X < 5 end, [1, 3, 5, 2, 7])]),
    io:format("~p~n", [{lists:dropwhile(fun(X) -> X < 5 end, [1, 3, 5, 2]), lists:takewhile(fun is_atom/1, [a, b, 1, c])}]),
    io:format("~p~n", [{lists:nthtail(2, [a, b, c, d]), lists:sublist([a, b, c, d], 2, 10), lists:nth(3, [a, b, c])}]),
    io:format("~p~n", [{lists:subtract([1, 2, 3, 2, 1], [2, 1]), [1, 2, 3, 2, 1] -- [2, 1, 1, 1], [a] ++ [b] ++ []}]),
    io:format("~p~n", [{lists:umerge([1, 3, 5], [1, 2, 5, 6]), lists:merge3([1, 4], [2, 5], [3, 6])}]),
    io:format("~p~n", [lists:foldr(fun(X, Acc) -> [X * 2 | Acc] end, [end_], [1, 2, 3])]),
    io:format("~p~n", [{lists:partition(fun(X) -> X > 2 end, [1, 2, 3, 4]), lists:filtermap(fun(X) when X > 2 -> {true, X * X}; (X) -> X =:= 1 end, [1, 2, 3, 4])}]),
    io:format("~p~n", [{lists:max([3, 1.0, 7, 2]), lists:min(["b", "a", "ab"]), lists:sum([1, 2.5, 3]), lists:prefix([1], [1, 2]), lists:suffix([2], [1, 2])}]),
    io:format("~p~n", [{lists:seq(10, 1, -3), lists:seq(5, 4), lists:enumerate([a, b]), lists:zip3([1, 2], [a, b], [x, y])}]),
    io:format("~p~n", [{lists:append([[1], [2, 3], []]), lists:concat([a, "b", 1, 2.5]), lists:flatten([1, [2, [3, [], [4]]], []], [tail])}]),
    io:format("~p~n", [{lists:delete(b, [a, b, c, b]), lists:member(c, [a, b, c]), lists:search(fun(X) -> X > 1 end, [1, 2, 3])}]),
    io:format("~p~n", [{lists:split(2, [a, b, c]), lists:last([1, 2, 3]), lists:droplast([1, 2, 3]), lists:join(x, [a, b, c])}]),
    io:format("~p~n", [{lists:foldl(fun(X, {Mn, Mx}) -> {min(X, Mn), max(X, Mx)} end, {inf, 0}, [5, 2, 9]), lists:uniq([3, 1, 3, 2, 1])}]),
    io:format("~p~n", [lists:sort(fun({_, A, _}, {_, B, _}) -> A >= B end, L)]),
    io:format("~p~n", [try lists:nth(0, [a]) catch error:E -> E end]),
    io:format("~p~n", [lists:map(fun({K, _, _}) -> K end, lists:ukeysort(1, L))]),
    io:format("~p~n", [lists:mapfoldr(fun(X, Acc) -> {Acc, Acc + X} end, 0, [1, 2, 3])]).
