#!/usr/bin/env escript
-module(fun_named_recursion).
-mode(compile).
-export([main/1]).
main(_) ->
    Fact = fun F(0) -> 1; F(N) when N > 0 -> N * F(N - 1) end,
    io:format("~p ~p~n", [Fact(0), Fact(25)]),
    Fib = fun Fib(N) when N < 2 -> N; Fib(N) -> Fib(N - 1) + Fib(N - 2) end,
    io:format("~p~n", [[Fib(N) || N <- lists:seq(0, 20)]]),
    Ack = fun A(0, N) -> N + 1; A(M, 0) -> A(M - 1, 1); A(M, N) -> A(M - 1, A(M, N - 1)) end,
    io:format("~p~n", [[Ack(M, N) || M <- [0, 1, 2, 3], N <- [0, 1, 2, 3]]]),
    Flatten = fun Fl([]) -> []; Fl([H | T]) when is_list(H) -> Fl(H) ++ Fl(T); Fl([H | T]) -> [H | Fl(T)] end,
    io:format("~p~n", [Flatten([1, [2, [3, [4, []], 5]], [[[6]]], 7])]),
    Even = fun E(0) -> true; E(N) -> not E(N - 1) end,
    io:format("~p~n", [[Even(N) || N <- [0, 1, 10, 11]]]),
    Hanoi = fun H(0, _, _, _, Acc) -> Acc;
                H(N, From, To, Via, Acc) ->
                    Acc1 = H(N - 1, From, Via, To, Acc),
                    H(N - 1, Via, To, From, [{N, From, To} | Acc1]) end,
    Moves = lists:reverse(Hanoi(4, a, c, b, [])),
    io:format("~p moves, first ~p~n", [length(Moves), lists:sublist(Moves, 5)]),
    Loop = fun L(I, Acc) when I > 100000 -> Acc; L(I, Acc) -> L(I + 1, Acc + I) end,
    io:format("~p~n", [Loop(1, 0)]),
    MkRec = fun(K) -> fun R(0) -> [K]; R(N) -> [N | R(N - 1)] end end,
    io:format("~p ~p~n", [(MkRec(a))(3), (MkRec(b))(0)]),
    Outer = fun Outer(N) -> Inner = fun Inner(0) -> Outer(N - 1); Inner(M) -> [M | Inner(M - 1)] end,
                            if N =:= 0 -> []; true -> Inner(N) end end,
    io:format("~p~n", [Outer(4)]),
    Self = fun S(get) -> S; S(X) -> X end,
    io:format("~p~n", [((Self(get))(get))(42)]),
    Map = fun M(_, []) -> []; M(F, [H | T]) -> [F(H) | M(F, T)] end,
    io:format("~p~n", [Map(Fact, [1, 2, 3, 4, 5])]),
    io:format("~p~n", [erlang:fun_info(Fact, arity)]).
