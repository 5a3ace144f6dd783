#!/usr/bin/env escript
-module(fun_deep_capture).
-mode(compile).
-export([main/1]).
make(A) ->
    fun(B) ->
        C = A + B,
        fun(D) ->
            E = {A, B, C, D},
            fun(F) ->
                G = [A, B, C, D, F],
                fun() -> {E, G, lists:sum(G), A * F} end
            end
        end
    end.
counter(Start) ->
    {fun(N) -> counter(Start + N) end, fun() -> Start end}.
curry(F, 0, Acc) -> apply(F, lists:reverse(Acc));
curry(F, N, Acc) -> fun(X) -> curry(F, N - 1, [X | Acc]) end.
main(_) ->
    F1 = make(1), F2 = F1(2), F3 = F2(3), F4 = F3(4),
    io:format("~p~n", [F4()]),
    io:format("~p~n", [((((make(10))(20))(30))(40))()]),
    Fs = [(make(X))(X) || X <- [1, 2, 3]],
    io:format("~p~n", [[element(3, ((G(0))(1))()) || G <- Fs]]),
    {Inc, Get} = counter(5),
    {Inc2, Get2} = Inc(10),
    {_, Get3} = Inc2(100),
    io:format("~p ~p ~p~n", [Get(), Get2(), Get3()]),
    Add3 = fun(Xs) -> lists:sum(Xs) end,
    C = curry(fun(P, Q, R) -> Add3([P, Q, R]) end, 3, []),
    io:format("~p~n", [((C(1))(2))(3)]),
    Adders = [fun(Y) -> X + Y end || X <- lists:seq(1, 5)],
    io:format("~p~n", [[A(100) || A <- Adders]]),
    Compose = fun(Gs) -> lists:foldr(fun(G, Acc) -> fun(X) -> G(Acc(X)) end end, fun(X) -> X end, Gs) end,
    Pipeline = Compose([fun(X) -> X + 1 end, fun(X) -> X * 2 end, fun(X) -> X - 3 end]),
    io:format("~p~n", [[Pipeline(X) || X <- [0, 1, 10]]]),
    X = 7,
    Shadow = fun(X1) -> Inner = fun(Y) -> X + X1 + Y end, Inner(X1 * 2) end,
    io:format("~p~n", [Shadow(3)]),
    Memo = lists:foldl(fun(I, Acc) -> [fun() -> I * X + length(Acc) end | Acc] end, [], lists:seq(1, 4)),
    io:format("~p~n", [[M() || M <- Memo]]),
    Y = {tuple, [list], #{k => v}},
    Cap = fun() -> fun() -> fun() -> Y end end end,
    io:format("~p~n", [((Cap())())()]).
