#!/usr/bin/env escript
-module(prog_pdict_memo).
-mode(compile).
-export([main/1]).
memo(Key, Fun) ->
    case get({memo, Key}) of
        undefined -> put(misses, get(misses) + 1), V = Fun(), put({memo, Key}, V), V;
        V -> put(hits, get(hits) + 1), V
    end.
paths(0, _) -> 1;
paths(_, 0) -> 1;
paths(R, C) -> memo({paths, R, C}, fun() -> paths(R - 1, C) + paths(R, C - 1) end).
partitions(N) -> partitions(N, N).
partitions(0, _) -> 1;
partitions(N, _) when N < 0 -> 0;
partitions(_, 0) -> 0;
partitions(N, K) -> memo({part, N, K}, fun() -> partitions(N - K, K) + partitions(N, K - 1) end).
collatz(1) -> 1;
collatz(N) -> memo({col, N}, fun() -> 1 + collatz(if N rem 2 =:= 0 -> N div 2; true -> 3 * N + 1 end) end).
main(_) ->
    put(hits, 0), put(misses, 0),
    io:format("~p~n", [paths(16, 16)]),
    io:format("hits ~p misses ~p~n", [get(hits), get(misses)]),
    io:format("~p~n", [[partitions(N) || N <- [1, 5, 10, 50, 100]]]),
    io:format("~p~n", [partitions(400)]),
    {Best, Len} = lists:foldl(fun(N, {B, L}) -> case collatz(N) of C when C > L -> {N, C}; _ -> {B, L} end end, {1, 1}, lists:seq(1, 3000)),
    io:format("collatz best ~p len ~p~n", [Best, Len]),
    io:format("hits ~p misses ~p~n", [get(hits), get(misses)]),
    Keys = [K || {K, _} <- get(), not is_tuple(K)],
    io:format("~p~n", [lists:sort(Keys)]),
    io:format("~p~n", [put(hits, reset)]),
    io:format("~p ~p~n", [get(hits), erase(hits)]),
    io:format("~p ~p~n", [get(hits), erase(nothing_here)]),
    put(a, 1), put(b, 2), put(c, 1),
    io:format("~p~n", [lists:sort([K || K <- get_keys(1), is_atom(K)])]),
    Old = [erase({memo, K}) || {memo, K} <- [K || {K, _} <- get(), is_tuple(K), element(1, K) =:= memo]],
    io:format("erased ~p~n", [length(Old)]),
    io:format("~p~n", [lists:sort(get())]).
