#!/usr/bin/env escript
-module(expr_string_literals_ops).
-mode(compile).
-export([main/1]).
main(_) ->
    S = "hello",
    io:format("~p~n", [S ++ " " ++ "world"]),
    io:format("~p~n", [[H | T] = S]),
    "he" ++ Rest = S,
    io:format("~p~n", [Rest]),
    io:format("~p~n", [length(S)]),
    io:format("~p~n", [S -- "l"]),
    io:format("~p~n", [lists:nth(2, S)]),
    io:format("~p~n", [[$h | "ey"]]),
    io:format("~p~n", ["abc" < "abd"]),
    io:format("~p~n", ["" =:= []]),
    io:format("~p~n", [is_list("")]),
    io:format("~p~n", [{H, T}]),
    F = fun("prefix:" ++ Tail) -> {tail, Tail}; (_) -> none end,
    io:format("~p~n", [[F("prefix:abc"), F("other")]]),
    io:format("~p~n", [lists:map(fun(C) -> C + 1 end, "HAL")]),
    io:format("~s~n", [lists:map(fun(C) -> C + 1 end, "HAL")]).
