#!/usr/bin/env escript
-module(err_uncaught_throw_in_fun_lc).
-mode(compile).
-export([main/1, id/1]).
id(X) -> X.
main(_) ->
    F = fun(X) when X > 2 -> throw({too_big, X}); (X) -> X * 2 end,
    io:format("~p~n", [[F(X) || X <- [1, 2]]]),
    io:format("~p~n", [catch [F(X) || X <- [1, 2, 3]]]),
    L = [F(X) || X <- ?MODULE:id([1, 2, 3, 4])],
    io:format("~p~n", [L]).
