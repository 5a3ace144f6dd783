#!/usr/bin/env escript
%% The interpreter's inline paths for element/2 and float arithmetic:
%% elements in and out of range, in guards and bodies (error, stack
%% frame, arguments), float + - * / with floats, small integers, bignums,
%% overflow, division by zero, -0.0, and int/float comparison.
-module(arith_inline_edges).
-mode(compile).
-export([main/1]).

id(X) -> X.

el(I, T) -> element(I, T).
el_y(I, T) -> V = element(I, T), id(V), {V, I, T}.
guard_el(I, T) when element(I, T) =:= b -> yes;
guard_el(_, _) -> no.
guard_el2(I, T) when is_tuple(T), element(I, T) > 1 -> big;
guard_el2(_, _) -> small.

show(F) ->
    try F() of
        V -> io:format("ok ~p~n", [V])
    catch
        C:R:S -> io:format("~w:~w ~w~n", [C, R, hd(S)])
    end.

add(A, B) -> A + B.
sub(A, B) -> A - B.
mul(A, B) -> A * B.
fdiv(A, B) -> A / B.
idiv(A, B) -> A div B.
irem(A, B) -> A rem B.

main(_) ->
    T = {a, b, c},
    Big = 1 bsl 70,
    [show(fun() -> el(I, T) end) || I <- [1, 3, 0, 4, -1, 1.0, a, Big, -Big]],
    show(fun() -> el(1, id([a])) end),
    show(fun() -> el(1, id({})) end),
    show(fun() -> el_y(2, T) end),
    show(fun() -> el_y(5, T) end),
    [io:format("~p~n", [guard_el(I, X)]) || I <- [2, 1, 0, 9, x], X <- [T, [b], {b, b}]],
    [io:format("~p~n", [guard_el2(I, X)]) || I <- [1, 2, 3], X <- [{1, 2}, {5}, nope]],
    catch_el(),
    Nums = [0, 1, -1, 3, 1 bsl 59, -(1 bsl 59), (1 bsl 60) - 1, Big, -Big,
            0.0, -0.0, 1.5, -2.25, 1.0e308, -1.0e308, 5.0e-324, 1.0e-300, a],
    [show(fun() -> {add, A, B, add(A, B)} end) || A <- Nums, B <- Nums],
    [show(fun() -> {sub, A, B, sub(A, B)} end) || A <- Nums, B <- Nums],
    [show(fun() -> {mul, A, B, mul(A, B)} end) || A <- Nums, B <- Nums],
    [show(fun() -> {fdiv, A, B, fdiv(A, B)} end) || A <- Nums, B <- Nums],
    [show(fun() -> {idiv, A, B, idiv(A, B)} end) || A <- Nums, B <- Nums],
    [show(fun() -> {irem, A, B, irem(A, B)} end) || A <- Nums, B <- Nums],
    %% Literal operands (the loader's immediate forms).
    [show(fun() -> {imm, X, X + 1, X - 1, X * 3, X / 2, 2 / X} end) || X <- Nums],
    [show(fun() -> {immdiv, X, X div 2, X rem 2, X div -2, X rem -3} end) || X <- Nums],
    %% Signs of zero in results, and comparisons of floats with integers.
    io:format("~p~n", [[0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, 0.0 / -3, -0.0 * -0.0, id(-0.0) * 2]]),
    io:format("~p~n", [[1 == 1.0, 1 =:= 1.0, 1 < 1.5, 2 > 1.5, 0 == -0.0, 0.0 =:= -0.0,
                        Big == float(Big), Big < float(Big) * 2, (1 bsl 53) + 1 > float(1 bsl 53)]]),
    ok.

catch_el() ->
    io:format("~p~n", [catch element(id(7), id({x}))]),
    io:format("~p~n", [catch element(id(1), id(nope))]).
