#!/usr/bin/env escript
-module(lex_integers_bases).
-mode(compile).
-export([main/1]).
main(_) ->
    io:format("~p~n", [16#ff]),
    io:format("~p~n", [16#FF]),
    io:format("~p~n", [2#101]),
    io:format("~p~n", [8#777]),
    io:format("~p~n", [36#Zz]),
    io:format("~p~n", [36#zz]),
    io:format("~p~n", [-16#10]),
    io:format("~p~n", [1_000]),
    io:format("~p~n", [1_000_000]),
    io:format("~p~n", [16#ff_ff]),
    io:format("~p~n", [2#1111_0000]),
    io:format("~p~n", [0]),
    io:format("~p~n", [007]),
    io:format("~p~n", [3#210]),
    io:format("~p~n", [16#123456789abcdef0123456789]),
    io:format("~p~n", [10#99]),
    io:format("~w ~w~n", [+5, - 5]),
    io:format("~p~n", [1 - -1]).
