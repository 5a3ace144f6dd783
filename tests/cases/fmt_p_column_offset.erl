#!/usr/bin/env escript
-module(fmt_p_column_offset).
-mode(compile).
-export([main/1]).
main(_) ->
    L = lists:seq(1, 40),
    io:format("prefix: ~p~n", [L]),
    io:format("a much longer prefix text here: ~p~n", [L]),
    io:format("~p and ~p~n", [L, L]),
    io:format("T = ~p~n", [{config, [{name, "server"}, {port, 8080}, {options, [verbose, {timeout, 5000}]}]}]),
    io:format("~s~p~n", [lists:duplicate(70, $-), {a, b}]),
    io:format("~s~p~n", [lists:duplicate(75, $-), [1, 2, 3, 4, 5, 6]]),
    io:format("first line~nsecond: ~p~n", [L]),
    io:format("~10p|~n", [abc]),
    io:format("~50p|~n", [lists:seq(1, 30)]).
