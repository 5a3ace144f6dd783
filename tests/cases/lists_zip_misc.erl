#!/usr/bin/env escript
-module(lists_zip_misc).
-mode(compile).
-export([main/1]).
id(X) -> X.
r(F) -> try F() catch C:R -> {C, R} end.
main(_) ->
    io:format("~p~n", [lists:zip([1, 2, 3], [a, b, c])]),
    io:format("~p~n", [lists:zip3([1, 2], [a, b], ["x", "y"])]),
    io:format("~p~n", [lists:unzip([{1, a}, {2, b}])]),
    io:format("~p~n", [lists:unzip3([{1, a, x}, {2, b, y}])]),
    io:format("~p~n", [lists:join(", ", ["a", "b", "c"])]),
    io:format("~p~n", [lists:join(x, [])]),
    io:format("~p~n", [lists:join(x, [1])]),
    io:format("~p~n", [lists:enumerate([a, b, c])]),
    io:format("~p~n", [lists:enumerate(0, [a, b])]),
    io:format("~p~n", [lists:uniq([3, 1, 3, 2, 1, 4])]),
    io:format("~p~n", [lists:uniq(fun({K, _}) -> K end, [{a, 1}, {b, 2}, {a, 3}])]),
    io:format("~p~n", [lists:split(0, [1, 2])]),
    io:format("~p~n", [lists:sublist([1, 2, 3], 0)]),
    io:format("~p~n", [r(fun() -> lists:zip(id([1]), []) end)]),
    io:format("~p~n", [lists:suffix("lo", "hello")]),
    io:format("~p~n", [lists:reverse("hello")]),
    io:format("~p~n", [lists:append("abc", "def")]),
    io:format("~p~n", [lists:min(["b", "a", "c"])]),
    io:format("~p~n", [lists:foldl(fun(X, A) -> A ++ [X] end, [], "abc")]),
    io:format("~p~n", [lists:flatten(io_lib:format("~p", [[1, 2]]))]).
