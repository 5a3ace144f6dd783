#!/usr/bin/env escript
-module(fun_combinators).
-mode(compile).
-export([main/1, double/1]).
double(X) -> 2 * X.
flip(F) -> fun(A, B) -> F(B, A) end.
partial(F, A) -> fun(B) -> F(A, B) end.
iterate(_, 0, X) -> X;
iterate(F, N, X) -> iterate(F, N - 1, F(X)).
until(P, F, X) -> case P(X) of true -> X; false -> until(P, F, F(X)) end.
memo_fib(N) ->
    case get({fib, N}) of
        undefined ->
            V = if N < 2 -> N; true -> memo_fib(N - 1) + memo_fib(N - 2) end,
            put({fib, N}, V), V;
        V -> V
    end.
y(F) -> (fun(X) -> F(fun(A) -> (X(X))(A) end) end)(fun(X) -> F(fun(A) -> (X(X))(A) end) end).
main(_) ->
    Sub = fun(A, B) -> A - B end,
    io:format("~p ~p~n", [Sub(10, 3), (flip(Sub))(10, 3)]),
    io:format("~p~n", [lists:map(partial(fun erlang:'*'/2, 3), [1, 2, 3])]),
    io:format("~p~n", [iterate(fun ?MODULE:double/1, 10, 1)]),
    io:format("~p~n", [until(fun(X) -> X > 1000 end, fun double/1, 3)]),
    io:format("~p~n", [memo_fib(200)]),
    io:format("~p~n", [length([K || {{fib, _} = K, _} <- get()])]),
    FactY = y(fun(Self) -> fun(0) -> 1; (N) -> N * Self(N - 1) end end),
    io:format("~p~n", [FactY(20)]),
    Ops = [{add, fun erlang:'+'/2}, {sub, fun erlang:'-'/2}, {max, fun erlang:max/2}, {tup, fun(A, B) -> {A, B} end}],
    [io:format("~p: ~p~n", [N, lists:foldl(F, 0, [1, 5, 2])]) || {N, F} <- Ops],
    Mk = fun(M, F, A) -> fun M:F/A end,
    Rev = Mk(lists, reverse, 1),
    io:format("~p ~p~n", [Rev([1, 2, 3]), erlang:fun_info(Rev, name)]),
    Pred = fun(X) -> X rem 3 =:= 0 end,
    Not = fun(P) -> fun(X) -> not P(X) end end,
    io:format("~p~n", [lists:partition(Not(Pred), lists:seq(1, 12))]),
    AndP = fun(Ps) -> fun(X) -> lists:all(fun(P) -> P(X) end, Ps) end end,
    io:format("~p~n", [lists:filter(AndP([Pred, fun(X) -> X > 4 end, Not(fun(X) -> X =:= 9 end)]), lists:seq(1, 20))]),
    io:format("~p~n", [lists:zipwith3(fun(A, B, C) -> A * B + C end, [1, 2, 3], [4, 5, 6], [7, 8, 9])]),
    io:format("~p~n", [lists:foldl(fun(F, Acc) -> F(Acc) end, 1, lists:duplicate(10, fun double/1))]),
    io:format("~p~n", [lists:mapfoldl(fun(X, S) -> {X * S, S + X} end, 1, [1, 2, 3, 4])]),
    io:format("~p~n", [[is_function(F, A) || F <- [Sub, Rev], A <- [1, 2]]]).
