#!/usr/bin/env escript
-module(fmt_p_width_boundary).
-mode(compile).
-export([main/1]).
main(_) ->
    %% lists whose printed form is just below, at, and just above 80 columns
    L78 = lists:duplicate(39, 1),
    io:format("~p~n", [L78]),
    io:format("~p~n", [L78 ++ [1]]),
    io:format("~p~n", [L78 ++ [12]]),
    io:format("~p~n", [L78 ++ [1, 2]]),
    A = list_to_atom(lists:duplicate(76, $a)),
    io:format("~p~n", [{A}]),
    io:format("~p~n", [{A, b}]),
    io:format("~p~n", [[A, A]]),
    io:format("~p~n", [{lists:duplicate(76, $x)}]),
    io:format("~p~n", [{lists:duplicate(77, $x)}]),
    io:format("~p~n", [{aaaa, lists:duplicate(100, $y)}]),
    io:format("~p~n", [{lists:seq(1, 20), lists:seq(1, 20)}]).
