#!/usr/bin/env escript
%% Arithmetic with a literal integer first (`1 + X`, `3 * X`, `1 - X`),
%% and comparisons of a register with a literal tuple, list, float or
%% bignum, over operands of every kind: values, errors and the top of
%% the stack trace.
-module(arith_literal_operands).
-mode(compile).
-export([main/1]).

id(X) -> X.

one_plus(X) -> 1 + X.
one_plus_y(X) -> R = 1 + X, id(R), {R, X}.
three_times(X) -> 3 * X.
one_minus(X) -> 1 - X.
big_plus(X) -> 123456789012345678901234567890 + X.
neg_times(X) -> -7 * X.
bits(X) -> {3 band X, 5 bor X, 6 bxor X}.
band_only(X) -> 3 band X.
bor_only(X) -> 5 bor X.
bxor_only(X) -> 6 bxor X.
guard_plus(X) when 1 + X > 2 -> big;
guard_plus(_) -> small.

is_leaf(T) when T =:= {nil, nil} -> leaf;
is_leaf(_) -> node.
not_leaf(T) when T =/= {nil, nil} -> node;
not_leaf(_) -> leaf.
is_mixed(T) when T =:= {a, 1, [], -5} -> mixed;
is_mixed(T) when T =:= {a, 1 bsl 70} -> big;
is_mixed(T) when T =:= {{nil}, nil} -> nested;
is_mixed(T) when T =:= {} -> empty;
is_mixed(_) -> other.
is_pair(T) when T == {1, 2.0} -> pair;
is_pair(_) -> other.
cmp_list(L) -> {L =:= [a, b], L == [a, b], L < [a, b], L >= [a, b], L =/= [a, b], L /= [a, b]}.
cmp_float(F) -> {F =:= 1.5, F == 1.5, F < 1.5, F >= 1.5, F =:= 2.0, F == 2.0}.
cmp_big(N) -> {N =:= 1180591620717411303424, N == 1180591620717411303424, N < 1180591620717411303424}.

show(F) ->
    try F() of
        V -> io:format("ok ~w~n", [V])
    catch
        C:R:S -> io:format("~w:~w ~w~n", [C, R, hd(S)])
    end.

main(_) ->
    Vals = [0, 1, -1, (1 bsl 59) - 1, 1 bsl 59, -(1 bsl 59), 1 bsl 70, 0.0, -0.0, 2.5, 1.0e308, a, {1}, [], "x"],
    [show(fun() -> {V, one_plus(V)} end) || V <- Vals],
    [show(fun() -> {V, one_plus_y(V)} end) || V <- Vals],
    [show(fun() -> {V, three_times(V)} end) || V <- Vals],
    [show(fun() -> {V, one_minus(V)} end) || V <- Vals],
    [show(fun() -> {V, big_plus(V)} end) || V <- Vals],
    [show(fun() -> {V, neg_times(V)} end) || V <- Vals],
    [show(fun() -> {V, guard_plus(V)} end) || V <- Vals],
    [show(fun() -> {V, bits(V)} end) || V <- Vals],
    [show(fun() -> {V, band_only(V)} end) || V <- Vals],
    [show(fun() -> {V, bor_only(V)} end) || V <- Vals],
    [show(fun() -> {V, bxor_only(V)} end) || V <- Vals],
    Ts = [{nil, nil}, {nil, {nil, nil}}, {nil}, {1, 2}, {1, 2.0}, {1.0, 2}, {1, 2, 3}, nil, [nil, nil], 3,
          {a, 1, [], -5}, {a, 1.0, [], -5}, {a, 1, [], -5, x}, {a, 1 bsl 70}, {a, (1 bsl 70) + 0.0},
          {{nil}, nil}, {{nil, nil}, nil}, {}, {nil, nil, nil}, {<<>>, nil}],
    [show(fun() -> {T, is_leaf(T), not_leaf(T), is_pair(T), is_mixed(T)} end) || T <- Ts],
    [show(fun() -> cmp_list(L) end) || L <- [[a, b], [a], [a, c], [b], [], "ab", {a, b}, a]],
    [show(fun() -> cmp_float(F) end) || F <- [1.5, 1, 2, 2.0, 1.4999, a, 1 bsl 70]],
    [show(fun() -> cmp_big(N) end) || N <- [1 bsl 70, (1 bsl 70) + 1, 1.0e30, 1, -(1 bsl 70), float(1 bsl 70)]],
    ok.
