#!/usr/bin/env escript
-module(float_neg_zero).
-mode(compile).
-export([main/1]).
id(X) -> X.
main(_) ->
    io:format("~p ~p~n", [id(0.0), id(-0.0)]),
    io:format("~p~n", [[id(-0.0), id(0.0)]]),
    N = 0.0 * id(-1),
    io:format("~p ~p ~p ~p~n", [N, abs(N), -N, N + 0.0]),
    io:format("~p ~p ~p~n", [N == 0.0, N =:= 0.0, <<N/float>>]),
    io:format("~p~n", [{float_to_list(N), float_to_list(N, [short]), trunc(N), round(N)}]),
    Z = id(0.0),
    io:format("~p ~p ~p~n", [-Z, 0 - Z, -(-Z)]),
    io:format("~p~n", [{id(-0.0) * 1, id(0.0) * -1, id(-0.0) + id(-0.0), id(-0.0) - id(0.0)}]).
