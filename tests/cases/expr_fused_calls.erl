#!/usr/bin/env escript
%% Superinstructions the loader makes for recursive calls (frame, argument
%% arithmetic, local call; list head test with a call; result arithmetic
%% with the return): their values, and their errors' reasons and stack
%% traces, as the instructions they stand for.
-module(expr_fused_calls).
-mode(compile).

main(_) ->
    io:format("~p~n", [[fib(N) || N <- lists:seq(0, 12)]]),
    io:format("~p~n", [app([1, 2, 3], [4])]),
    io:format("~p~n", [nrev(lists:seq(1, 10))]),
    io:format("~p~n", [[cmp(X) || X <- [-3, 0, 1, 2, 3, 2.0, 1.5, a, 1 bsl 70, -(1 bsl 70)]]]),
    io:format("~p~n", [fib(1.5)]),
    io:format("~p~n", [down(1 bsl 59 + 5)]),
    io:format("~p~n", [down(-(1 bsl 60) + 2)]),
    show(fun() -> fib(a) end),
    show(fun() -> down(5.5) end),
    show(fun() -> down(z) end),
    show(fun() -> sum(1, [2, x]) end),
    show(fun() -> app([1 | b], [2]) end),
    show(fun() -> twice({t}) end).

fib(N) when N < 2 -> N;
fib(N) -> fib(N - 1) + fib(N - 2).

app([], L) -> L;
app([H | T], L) -> [H | app(T, L)].

nrev([]) -> [];
nrev([H | T]) -> app(nrev(T), [H]).

cmp(X) when X < 2 -> lt2;
cmp(X) when X >= 3 -> ge3;
cmp(X) when X =:= 2 -> two;
cmp(X) when X /= 2 -> other;
cmp(_) -> equal.

down(N) when N < 1 bsl 59 -> N;
down(N) -> down(N - 1) + 0.

sum(A, []) -> A;
sum(A, [H | T]) -> sum(A, T) + H.


twice(X) -> X + twice2(X - 1).
twice2(X) -> X.

show(F) ->
    try F() of
        V -> io:format("value ~p~n", [V])
    catch
        C:R:S -> io:format("~p:~p~n~p~n", [C, R, [{M, Fn, A} || {M, Fn, A, _} <- S, M =:= ?MODULE]])
    end.
