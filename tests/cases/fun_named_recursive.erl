#!/usr/bin/env escript
-module(fun_named_recursive).
-mode(compile).
-export([main/1]).
main(_) ->
    Fact = fun F(0) -> 1; F(N) -> N * F(N - 1) end,
    io:format("~p~n", [Fact(10)]),
    Fib = fun Fib(0) -> 0; Fib(1) -> 1; Fib(N) -> Fib(N - 1) + Fib(N - 2) end,
    io:format("~p~n", [[Fib(I) || I <- lists:seq(0, 15)]]),
    Len = fun L([]) -> 0; L([_ | T]) -> 1 + L(T) end,
    io:format("~p~n", [Len([a, b, c, d])]),
    Loop = fun Loop(0, Acc) -> Acc; Loop(N, Acc) -> Loop(N - 1, [N | Acc]) end,
    io:format("~p~n", [Loop(5, [])]),
    Flat = fun Fl([]) -> []; Fl([H | T]) when is_list(H) -> Fl(H) ++ Fl(T); Fl([H | T]) -> [H | Fl(T)] end,
    io:format("~p~n", [Flat([1, [2, [3, [4]], 5], [[6]]])]),
    io:format("~p~n", [Loop(100000, []) =:= lists:seq(1, 100000)]).
