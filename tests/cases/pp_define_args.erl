#!/usr/bin/env escript
-module(pp_define_args).
-mode(compile).
-export([main/1]).
-define(SQ(X), X * X).
-define(ADD(A, B), (A + B)).
-define(PAIR(A, B), {A, B}).
-define(STR(X), ??X).
-define(MAX(A, B), if A > B -> A; true -> B end).
-define(SQ, square_without_args).
main(Args) ->
    io:format("~p~n", [?SQ(5)]),
    io:format("~p~n", [?SQ(1 + 1)]),
    io:format("~p~n", [?ADD(2, 3) * 10]),
    io:format("~p~n", [?PAIR(x, [1, 2])]),
    io:format("~p~n", [?STR(foo(1, 2) + bar)]),
    io:format("~p~n", [{?MAX(length(Args) + 3, 7), ?MAX(length(Args) + 9, 7)}]),
    io:format("~p~n", [?SQ]),
    io:format("~p~n", [?PAIR({a, b}, ?SQ(3))]).
