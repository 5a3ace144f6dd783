#!/usr/bin/env escript
-module(big_fib_bases).
-mode(compile).
-export([main/1]).
fib(N) -> fib(N, 0, 1).
fib(0, A, _) -> A;
fib(N, A, B) -> fib(N - 1, B, A + B).
main(_) ->
    F = fib(300),
    io:format("~p~n", [F]),
    io:format("~s~n", [integer_to_list(F, 16)]),
    io:format("~s~n", [integer_to_list(F, 36)]),
    io:format("~s~n", [integer_to_list(F, 2)]),
    io:format("~p~n", [list_to_integer(integer_to_list(F, 7), 7) =:= F]),
    io:format("~p~n", [F rem fib(100)]),
    io:format("~p~n", [gcd(fib(300), fib(200))]),
    io:format("~p~n", [fib(100) * fib(100) - fib(99) * fib(101)]),
    io:format("~.16B~n", [F]),
    io:format("~w~n", [-F]),
    io:format("~p~n", [integer_to_binary(F, 16)]),
    io:format("~p~n", [F bsr 200]),
    io:format("~p~n", [float(fib(80))]),
    io:format("~p~n", [fib(80) / 3]).
gcd(A, 0) -> A;
gcd(A, B) -> gcd(B, A rem B).
