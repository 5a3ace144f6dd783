#!/usr/bin/env escript
-module(expr_calls).
-mode(compile).
-export([main/1]).
-export([pub/1]).
pub(X) -> {pub, X}.
local(X) -> {local, X}.
main(_) ->
    io:format("~p~n", [local(1)]),
    io:format("~p~n", [?MODULE:pub(2)]),
    io:format("~p~n", [lists:reverse([1, 2, 3])]),
    M = lists, F = reverse,
    io:format("~p~n", [M:F([a, b])]),
    io:format("~p~n", [erlang:length([1, 2])]),
    Mod = expr_calls, Fn = pub,
    io:format("~p~n", [Mod:Fn(3)]),
    io:format("~p~n", [apply(fun local/1, [4])]),
    io:format("~p~n", [apply(lists, seq, [1, 5])]),
    io:format("~p~n", [apply(?MODULE, pub, [5])]),
    io:format("~p~n", [apply(M, F, [[x, y, z]])]),
    io:format("~p~n", [erlang:apply(erlang, '+', [1, 2])]),
    io:format("~p~n", [(fun erlang:'*'/2)(6, 7)]),
    io:format("~p~n", [apply(fun(A, B) -> A - B end, [10, 3])]),
    io:format("~p~n", [erlang:'-'(10, 3)]),
    io:format("~p~n", [{M, F}]).
