#!/usr/bin/env escript
-module(pp_predefined).
-mode(compile).
-export([main/1]).
main(_) ->
    io:format("~p~n", [?MODULE]),
    io:format("~p~n", [?MODULE_STRING]),
    io:format("~p~n", [?LINE]),
    io:format("~p~n", [?FILE]),
    io:format("~p~n", [?FUNCTION_NAME]),
    io:format("~p~n", [?FUNCTION_ARITY]),
    io:format("~p~n", [?LINE]),
    f(1, 2),
    io:format("~p~n", [g()]).
f(_, _) ->
    io:format("~p/~p at ~p~n", [?FUNCTION_NAME, ?FUNCTION_ARITY, ?LINE]).
g() -> {?FUNCTION_NAME, ?FUNCTION_ARITY, ?MODULE, ?LINE}.
