#!/usr/bin/env escript
-module(bif_make_ref).
-mode(compile).
-export([main/1]).
main(_) ->
    R = make_ref(),
    io:format("~p~n", [is_reference(R)]),
    io:format("~p~n", [R =:= R]),
    io:format("~p~n", [R =:= make_ref()]),
    io:format("~p~n", [is_reference(erlang:make_ref())]),
    io:format("~p~n", [[1 < R, R < {}, a < R, R < fun main/1]]).
