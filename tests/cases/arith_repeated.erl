#!/usr/bin/env escript
%% The same arithmetic written more than once in a body (which the
%% compiler may compute once): results, and which occurrence raises, with
%% its line, when an operand is bad; catch and case branches in between.
-module(arith_repeated).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

mine(St) -> [F || {M, _, _, _} = F <- St, M =:= ?MODULE].

run(F) ->
    try F() of
        V -> io:format("ok ~p~n", [V])
    catch
        C:R:St -> io:format("~p:~p~n  ~p~n", [C, R, mine(St)])
    end.

a(I, J) -> 1.0 / ((I + J) * (I + J + 1) div 2 + I + 1).

twice(A, B) ->
    X = A * B,
    Y = id(X),
    Z = A * B + 1,
    {X, Y, Z, A * B}.

caught(A, B) ->
    X = (catch A + B),
    Y = A + B,
    {X, Y}.

branches(K, A, B) ->
    R = case K of
            one -> A - B;
            two -> {A - B}
        end,
    {R, A - B}.

loop(_, 0, Acc) -> Acc;
loop(J, N, Acc) -> loop(J, N - 1, [J + 1, element(J + 1, {a, b, c}) | Acc]).

main(_) ->
    run(fun() -> [a(I, J) || I <- [0, 1, 5], J <- [0, 2]] end),
    run(fun() -> a(?MODULE:id(x), 1) end),
    run(fun() -> a(1, ?MODULE:id(1.5e308)) end),
    run(fun() -> twice(3, 4) end),
    run(fun() -> twice(1 bsl 70, 1 bsl 70) end),
    run(fun() -> twice(2.5, 2) end),
    run(fun() -> twice(?MODULE:id(a), 2) end),
    run(fun() -> caught(1, 2) end),
    run(fun() -> caught(?MODULE:id(z), 2) end),
    run(fun() -> [branches(one, 5, 3), branches(two, 5, 3)] end),
    run(fun() -> branches(two, ?MODULE:id(q), 3) end),
    run(fun() -> loop(1, 2, []) end),
    run(fun() -> loop(3, 1, []) end).
