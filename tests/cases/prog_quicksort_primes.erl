#!/usr/bin/env escript
-module(prog_quicksort_primes).
-mode(compile).
-export([main/1]).
qsort([]) -> [];
qsort([P | T]) -> qsort([X || X <- T, X < P]) ++ [P] ++ qsort([X || X <- T, X >= P]).
primes(N) -> sieve(lists:seq(2, N)).
sieve([]) -> [];
sieve([P | T]) -> [P | sieve([X || X <- T, X rem P =/= 0])].
msort([]) -> [];
msort([X]) -> [X];
msort(L) ->
    {A, B} = lists:split(length(L) div 2, L),
    merge(msort(A), msort(B)).
merge([], B) -> B;
merge(A, []) -> A;
merge([H1 | T1], [H2 | _] = B) when H1 =< H2 -> [H1 | merge(T1, B)];
merge(A, [H2 | T2]) -> [H2 | merge(A, T2)].
main(_) ->
    L = [38, 27, 43, 3, 9, 82, 10, 3, 55, -1, 0],
    io:format("~p~n", [qsort(L)]),
    io:format("~p~n", [msort(L)]),
    io:format("~p~n", [qsort(L) =:= lists:sort(L)]),
    io:format("~p~n", [primes(100)]),
    io:format("~p~n", [length(primes(2000))]),
    R = lists:foldl(fun(_, {S, Acc}) -> S2 = (S * 1103515245 + 12345) rem 2147483648, {S2, [S2 rem 1000 | Acc]} end, {42, []}, lists:seq(1, 2000)),
    Rand = element(2, R),
    io:format("~p~n", [msort(Rand) =:= lists:sort(Rand)]),
    io:format("~p~n", [lists:sublist(qsort(Rand), 10)]).
