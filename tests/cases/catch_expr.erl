#!/usr/bin/env escript
-module(catch_expr).
-mode(compile).
-export([main/1]).
id(X) -> X.
main(_) ->
    io:format("~p~n", [catch 42]),
    io:format("~p~n", [catch throw(thrown_value)]),
    io:format("~p~n", [catch exit(exited)]),
    {'EXIT', {R, _}} = (catch erlang:error(errored)),
    io:format("~p~n", [R]),
    {'EXIT', {R2, _}} = (catch id(1) + id(a)),
    io:format("~p~n", [R2]),
    {'EXIT', {R3, _}} = (catch list_to_integer(id("abc"))),
    io:format("~p~n", [R3]),
    E = (catch element(1, id(notatuple))),
    io:format("~p~n", [element(1, E)]),
    io:format("~p~n", [element(1, element(2, E))]),
    io:format("~p~n", [catch {ok, throw({a, b})}]),
    X = (catch 1 + 2),
    io:format("~p~n", [X]),
    io:format("~p~n", [catch exit({shutdown, reason})]),
    io:format("~p~n", [catch throw({'EXIT', fake})]).
