#!/usr/bin/env escript
-module(catch_expr_values).
-mode(compile).
-export([main/1]).
f(N) when N > 0 -> N;
f(_) -> throw(non_positive).
main(_) ->
    io:format("~p~n", [[catch f(N) || N <- [1, 0, -1, 5]]]),
    V = (catch f(3)) + 1,
    io:format("~p~n", [V]),
    case catch f(0) of
        non_positive -> io:format("got throw value directly~n");
        Other -> io:format("other ~p~n", [Other])
    end,
    io:format("~p~n", [catch ok]),
    io:format("~p~n", [catch [1, 2]]),
    io:format("~p~n", [catch throw(ok)]),
    io:format("~p~n", [element(1, catch exit(x))]),
    X = catch 10,
    io:format("~p~n", [X]).
