#!/usr/bin/env escript
-module(map_iterator_order).
-mode(compile).
-export([main/1]).
collect(I) ->
    case maps:next(I) of
        none -> [];
        {K, V, I2} -> [{K, V} | collect(I2)]
    end.
main(_) ->
    Small = maps:from_list([{N, N * N} || N <- lists:seq(1, 10)]),
    io:format("~p~n", [Small]),
    io:format("~p~n", [lists:sort(collect(maps:iterator(Small)))]),
    Big = maps:from_list([{N, N} || N <- lists:seq(1, 100)]),
    io:format("~p~n", [maps:size(Big)]),
    io:format("~p~n", [lists:sum(maps:values(Big))]),
    io:format("~p~n", [lists:sort(maps:keys(Big)) =:= lists:seq(1, 100)]),
    Mixed = #{1 => a, a => 1, {t} => t, "l" => l, 2.5 => f, [] => nil, <<"b">> => b},
    io:format("~p~n", [Mixed]),
    io:format("~w~n", [Mixed]),
    io:format("~p~n", [maps:keys(Mixed)]),
    io:format("~p~n", [maps:fold(fun(K, _, A) -> A + erlang:phash2(K) * 0 + 1 end, 0, Big)]).
