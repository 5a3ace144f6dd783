#!/usr/bin/env escript
-module(fun_higher_order).
-mode(compile).
-export([main/1]).
twice(F) -> fun(X) -> F(F(X)) end.
pipe(X, Fs) -> lists:foldl(fun(F, Acc) -> F(Acc) end, X, Fs).
apply_n(_, 0, X) -> X;
apply_n(F, N, X) -> apply_n(F, N - 1, F(X)).
main(_) ->
    Inc = fun(X) -> X + 1 end,
    io:format("~p~n", [(twice(Inc))(5)]),
    io:format("~p~n", [(twice(twice(Inc)))(0)]),
    io:format("~p~n", [pipe(3, [Inc, fun(X) -> X * 10 end, fun integer_to_list/1])]),
    io:format("~p~n", [apply_n(fun(L) -> [x | L] end, 3, [])]),
    Memo = lists:foldl(fun(N, M) -> M#{N => N * N} end, #{}, lists:seq(1, 5)),
    io:format("~p~n", [Memo]),
    Fs = [fun erlang:abs/1, fun(X) -> -X end, Inc],
    io:format("~p~n", [[F(-3) || F <- Fs]]),
    io:format("~p~n", [lists:map(fun({K, V}) -> {V, K} end, [{a, 1}, {b, 2}])]),
    Y = fun(F) -> fun(N) -> F(F, N) end end,
    Fact = Y(fun(_, 0) -> 1; (Self, N) -> N * Self(Self, N - 1) end),
    io:format("~p~n", [Fact(20)]),
    io:format("~p~n", [lists:sort(fun(A, B) -> length(A) =< length(B) end, ["ccc", "a", "bb"])]).
