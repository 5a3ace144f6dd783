#!/usr/bin/env escript
-module(fun_references).
-mode(compile).
-export([main/1]).
-export([triple/1]).
double(X) -> 2 * X.
triple(X) -> 3 * X.
main(_) ->
    F = fun double/1,
    io:format("~p~n", [F(4)]),
    io:format("~p~n", [lists:map(fun double/1, [1, 2, 3])]),
    G = fun ?MODULE:triple/1,
    io:format("~p~n", [G(4)]),
    M = fun lists:map/2,
    io:format("~p~n", [M(fun triple/1, [1, 2])]),
    Mod = lists, Name = sum, Ar = 1,
    S = fun Mod:Name/Ar,
    io:format("~p~n", [S([1, 2, 3])]),
    io:format("~p~n", [erlang:fun_info(F, arity)]),
    io:format("~p~n", [erlang:fun_info(M, module)]),
    io:format("~p~n", [erlang:fun_info(M, name)]),
    io:format("~p~n", [erlang:fun_info(M, type)]),
    io:format("~p~n", [erlang:fun_info(F, type)]),
    io:format("~p~n", [F == fun double/1]),
    io:format("~p~n", [M =:= fun lists:map/2]),
    io:format("~p~n", [lists:foldl(fun erlang:max/2, 0, [3, 9, 2])]).
