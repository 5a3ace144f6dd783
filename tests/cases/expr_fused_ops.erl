#!/usr/bin/env escript
%% The loader's superinstructions (vm/src/code/loader.rs, `fuse`): each
%% stands for two or three instructions; errors raised in any of them, the
%% stack traces and lines they show, and the clause tests that jump away
%% must be those of the unfused code.
-module(expr_fused_ops).
-mode(compile).
-export([main/1]).

main(_) ->
    %% Allocate; IsNonEmptyList; GetList, then PutList; Deallocate; Return.
    io:format("~p~n", [double([1, 2, 3])]),
    show(fun() -> double([1, a, 3]) end),
    show(fun() -> double([1, 2 | x]) end),
    %% IsNonEmptyList; GetList; PutList; CallOnly (a tail-recursive loop).
    io:format("~p~n", [rev([1, 2, 3], [])]),
    show(fun() -> rev([1, 2 | tail], []) end),
    %% Arith; Call and CmpXI; Return (fib), Allocate; Move.
    io:format("~p~n", [fib(15)]),
    io:format("~p~n", [fib(4.5)]),
    show(fun() -> fib(atom) end),
    %% MoveXY; Arith; Call, raising in its middle.
    io:format("~p~n", [two(5, 7)]),
    show(fun() -> two(5, b) end),
    %% MoveYX; Call, MoveXY pairs and MoveYX pairs.
    io:format("~p~n", [sum3(1, 2, 3)]),
    show(fun() -> sum3(1, 2, three) end),
    %% Deallocate; CallOnly.
    io:format("~p~n", [count(5, [])]),
    show(fun() -> count(x, []) end),
    %% Cmp of an x register with an atom or [].
    io:format("~p~n", [[kind(a), kind(b), kind([]), kind(7)]]),
    %% MoveCX; Return, MoveXX; Return.
    io:format("~p~n", [[pick(0, q), pick(1, q), pick(2, q)]]),
    %% TestArity; GetTupleElement, and a receive's tuple tests.
    io:format("~p~n", [[area({square, 3}), area({rect, 2, 5}), area({rect, 2}), area(7)]]),
    show(fun() -> area({square, x}) end),
    self() ! {other, 1},
    self() ! {tag, 2},
    io:format("~p~n", [receive {tag, X} -> X end]),
    io:format("~p~n", [receive {other, Y} -> Y end]),
    %% Enough allocation for collections at the fused Allocates.
    io:format("~p~n", [length(double(lists:seq(1, 200000)))]),
    io:format("~p~n", [lists:sum(rev(lists:seq(1, 200000), []))]).

show(F) ->
    try F() of
        V -> io:format("value ~p~n", [V])
    catch
        C:R:S -> io:format("~p:~p~n~p~n", [C, R, [Frame || {M, _, _, _} = Frame <- S, M =:= ?MODULE orelse M =:= erlang]])
    end.

double([H | T]) -> [H * 2 | double(T)];
double([]) -> [].

rev([H | T], Acc) -> rev(T, [H | Acc]);
rev([], Acc) -> Acc.

fib(N) when N < 2 -> N;
fib(N) -> fib(N - 1) + fib(N - 2).

sum3(A, B, C) ->
    X = id(A),
    Y = id(B),
    Z = id(C),
    W = add(X, Y),
    add(W, add(Z, A + B)).

id(X) -> X.

add(A, B) -> A + B.

count(0, Acc) -> Acc;
count(N, Acc) ->
    L = id([N | Acc]),
    count(N - 1, L).

kind(a) -> atom_a;
kind([]) -> nil;
kind(X) when is_atom(X) -> other_atom;
kind(_) -> other.

pick(0, _) -> zero;
pick(1, Q) -> Q;
pick(_, Q) -> {Q}.

area({square, S}) -> S * S;
area({rect, W, H}) -> W * H;
area(_) -> none.

two(A, B) ->
    X = id(A - 1),
    Y = id(B - 2),
    X + Y.
