#!/usr/bin/env escript
-module(fun_clauses_guards).
-mode(compile).
-export([main/1]).
main(_) ->
    Classify = fun(0) -> zero;
                  (N) when is_integer(N), N > 0 -> positive;
                  (N) when is_integer(N) -> negative;
                  (F) when is_float(F) -> float;
                  ({A, B}) -> {pair, A, B};
                  ([]) -> empty;
                  ([_ | _] = L) -> {list, length(L)};
                  (_) -> other
               end,
    io:format("~p~n", [[Classify(X) || X <- [0, 5, -3, 2.5, {a, b}, [], [1, 2], atom]]]),
    Add = fun(A, B) -> A + B end,
    io:format("~p~n", [Add(2, 3)]),
    Zero = fun() -> nothing end,
    io:format("~p~n", [Zero()]),
    io:format("~p~n", [(fun(X) -> X * 2 end)(21)]),
    io:format("~p~n", [erlang:fun_info(Add, arity)]),
    io:format("~p~n", [[is_function(Add), is_function(Add, 2), is_function(Add, 1), is_function(x)]]),
    Curry = fun(A) -> fun(B) -> fun(C) -> A + B * C end end end,
    io:format("~p~n", [((Curry(1))(2))(3)]).
