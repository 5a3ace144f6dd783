#!/usr/bin/env escript
-module(string_pad_align).
-mode(compile).
-export([main/1]).
main(_) ->
    io:format("~p~n", [string:pad("abc", 6)]),
    io:format("~p~n", [string:pad("abc", 6, leading)]),
    io:format("~p~n", [string:pad("abc", 7, both)]),
    io:format("~p~n", [string:pad("abc", 6, trailing, $.)]),
    io:format("~p~n", [string:pad("abcdef", 3)]),
    io:format("~p~n", [lists:flatten(string:pad("ab", 5, both, "*"))]),
    io:format("~p~n", [string:left("abc", 6)]),
    io:format("~p~n", [string:left("abcdef", 3)]),
    io:format("~p~n", [string:left("abc", 6, $.)]),
    io:format("~p~n", [string:right("abc", 6)]),
    io:format("~p~n", [string:right("abcdef", 3)]),
    io:format("~p~n", [string:right("7", 3, $0)]),
    io:format("~p~n", [string:centre("abc", 7)]),
    io:format("~p~n", [string:centre("abc", 8, $-)]),
    io:format("~p~n", [string:centre("abcdef", 3)]),
    io:format("~p~n", [string:chars($x, 4)]),
    io:format("~p~n", [string:chars($x, 2, "tail")]),
    io:format("~p~n", [string:concat("ab", "cd")]),
    io:format("~p~n", [string:join(["x"], ", ")]).
