#!/usr/bin/env escript
-module(rec_include_update).
-mode(compile).
-export([main/1]).
-include("include/pp_include_records.hrl").
bump(P = #person{age = A}) -> P#person{age = A + 1}.
r(F) -> try F() catch C:R -> {C, R} end.
main(_) ->
    P = #person{name = "Bo"},
    io:format("~p~n", [bump(bump(P))]),
    Pt = #point{},
    io:format("~p~n", [{Pt#point.x, Pt#point.y}]),
    Pt2 = Pt#point{y = 5},
    io:format("~p~n", [Pt2]),
    io:format("~p~n", [record_info(fields, point)]),
    io:format("~p~n", [r(fun() -> (id(notarecord))#point.x end)]),
    io:format("~p~n", [r(fun() -> (id(#person{}))#point{x = 1} end)]).
id(X) -> X.
