#!/usr/bin/env escript
%% Arithmetic the loader runs as one superinstruction: two operations in
%% a row (spectral_norm's a/2), an operation then a return, one then its
%% frame's deallocate and return (`1 + f(X)`), and a two-element tuple
%% built and returned from a frame, or read in a clause head, or a
%% compare with an integer that returns a constant (`make(0) -> ...`,
%% `lt3/1`), with operands of every kind. Errors in
%% either operation must show the same stack (frames, lines, arguments)
%% as the unfused code; results (integers, bignums, floats) the same.
-module(arith_fused_pairs).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

a(I, J) -> 1.0 / ((I + J) * (I + J + 1) div 2 + I + 1).

two(X, Y) ->
    Z = X + Y,
    W = Z * 3,
    W - 1.

chain(X) -> X * 2 + 7.

last(X, Y) -> X * Y.

body(0) -> 0;
body(N) -> 1 + body(N - 1) * 2.

count({nil, nil}) -> 1;
count({L, R}) -> 1 + count(L) + count(R).

lt3(N) when N < 3 -> small;
lt3(_) -> big.

make(0) -> {nil, nil};
make(D) -> {make(D - 1), make(D - 1)}.

pair(X) ->
    Y = id(X),
    {Y, X}.

run(N, F) ->
    try F() of
        V -> io:format("~p ok ~p~n", [N, V])
    catch
        C:R:St -> io:format("~p ~p:~p ~p~n", [N, C, R, lists:sublist(St, 2)])
    end.

main(_) ->
    A = id(a),
    run(1, fun() -> a(3, 4) end),
    run(2, fun() -> a(A, 4) end),
    run(3, fun() -> a(3, A) end),
    run(4, fun() -> a(-1, 0) end),
    run(5, fun() -> a(1.5, 2) end),
    run(6, fun() -> two(1, 2) end),
    run(7, fun() -> two(A, 2) end),
    run(8, fun() -> two(1, A) end),
    run(9, fun() -> two(1 bsl 62, 1 bsl 62) end),
    run(10, fun() -> two(0.5, 0.25) end),
    run(11, fun() -> two(1.0e308, 1.0e308) end),
    run(12, fun() -> chain(A) end),
    run(13, fun() -> chain(1 bsl 61) end),
    run(14, fun() -> chain(-0.0) end),
    run(15, fun() -> last(3, 4) end),
    run(16, fun() -> last(A, 4) end),
    run(17, fun() -> last(1.0e200, 1.0e200) end),
    run(18, fun() -> last(-0.0, 1) end),
    run(19, fun() -> body(5) end),
    run(20, fun() -> body(70) end),
    run(21, fun() -> count(make(4)) end),
    run(22, fun() -> count({nil, {nil, nil}}) end),
    run(23, fun() -> count({a, b, c}) end),
    run(24, fun() -> pair(A) end),
    run(25, fun() -> make(2) end),
    run(26, fun() -> count({{nil, nil}, x}) end),
    run(27, fun() -> make(A) end),
    run(28, fun() -> [lt3(X) || X <- [2, 2.5, 3, 3.0, -7, A, 1 bsl 70, -(1 bsl 70), {}]] end).
