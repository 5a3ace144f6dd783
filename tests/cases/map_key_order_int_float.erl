#!/usr/bin/env escript
-module(map_key_order_int_float).
-mode(compile).
-export([main/1]).
id(X) -> X.
main(_) ->
    M = id(#{3 => a, 2.5 => b, -1 => c, -1.5 => d, 1 => e, 1.0 => f}),
    io:format("~p~n~w~n~w~n", [M, maps:keys(M), maps:to_list(M)]),
    io:format("~w~n", [[id(#{2 => a}) < id(#{1.5 => a}), id(#{1 => a}) < id(#{1.0 => a}), id(#{-5 => a}) > id(#{0.5 => a})]]),
    io:format("~w~n", [lists:sort([#{1.5 => x}, #{2 => x}, #{1 => x}, #{0.5 => x}])]),
    io:format("~w~n", [maps:from_list([{N * 0.5, N} || N <- lists:seq(-2, 2)] ++ [{N, N} || N <- lists:seq(-2, 2)])]).
