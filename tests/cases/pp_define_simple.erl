#!/usr/bin/env escript
-module(pp_define_simple).
-mode(compile).
-export([main/1]).
-define(PI, 3.14).
-define(NAME, "ferl").
-define(EMPTY, ).
-define(TUPLE, {a, b, c}).
-define(EXPR, 1 + 2 * 3).
main(_) ->
    io:format("~p~n", [?PI]),
    io:format("~p~n", [?NAME]),
    io:format("~p~n", [[?EMPTY]]),
    io:format("~p~n", [?TUPLE]),
    io:format("~p~n", [?EXPR * 2]),
    io:format("~p~n", [element(2, ?TUPLE)]),
    io:format("~p~n", [?NAME ++ "!"]).
