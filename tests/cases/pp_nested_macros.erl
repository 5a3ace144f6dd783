#!/usr/bin/env escript
-module(pp_nested_macros).
-mode(compile).
-export([main/1]).
-define(A, 10).
-define(B, (?A + 1)).
-define(C(X), [?B, X, ?A]).
-define(D(X, Y), ?C(X) ++ ?C(Y)).
-define(CALL(F, Arg), F(Arg)).
-define(LIST_OF(X), [X, X]).
main(_) ->
    io:format("~p~n", [?B]),
    io:format("~p~n", [?C(5)]),
    io:format("~p~n", [?D(1, 2)]),
    io:format("~p~n", [?CALL(length, ?LIST_OF(?A))]),
    io:format("~p~n", [?LIST_OF(?LIST_OF(x))]).
