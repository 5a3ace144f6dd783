#!/usr/bin/env escript
-module(expr_bitops).
-mode(compile).
-export([main/1]).
id(X) -> X.
r(F) -> try F() catch C:R -> {C, R} end.
main(_) ->
    io:format("~p~n", [[5 band 3, 5 bor 3, 5 bxor 3, bnot 5, bnot -1]]),
    io:format("~p~n", [[1 bsl 10, 1024 bsr 3, -16 bsr 2, -1 bsr 10, 5 bsl -1, 5 bsr -1]]),
    io:format("~p~n", [[-6 band 3, -6 bor 3, -6 bxor 3]]),
    io:format("~p~n", [[16#ff band 16#0f, 16#f0 bor 16#0f]]),
    io:format("~p~n", [1 bsl 100]),
    io:format("~p~n", [(1 bsl 100) bsr 99]),
    io:format("~p~n", [r(fun() -> id(1.0) band 1 end)]),
    io:format("~p~n", [r(fun() -> 1 bsl id(a) end)]).
