#!/usr/bin/env escript
-module(fmt_p_basic).
-mode(compile).
-export([main/1]).
main(_) ->
    io:format("~p~n", [42]),
    io:format("~p~n", [-1.5]),
    io:format("~p~n", [atom]),
    io:format("~p~n", ['Quoted Atom']),
    io:format("~p~n", ["string"]),
    io:format("~p~n", [[1, 2, 3]]),
    io:format("~p~n", [[104, 105]]),
    io:format("~p~n", [[104, 105, 0]]),
    io:format("~p~n", [[$a | $b]]),
    io:format("~p~n", [{}]),
    io:format("~p~n", [{a, "b", <<"c">>, [d], #{e => f}}]),
    io:format("~p~n", [<<1, 2, 3>>]),
    io:format("~p~n", [<<"abc">>]),
    io:format("~p~n", [<<"abc", 200>>]),
    io:format("~p~n", [<<"line\nbreak">>]),
    io:format("~p~n", [<<1:1>>]),
    io:format("~p~n", ["tab\tnew\nline\\ \"q\""]),
    io:format("~p~n", [[7, 8, 9, 10, 11, 12, 13, 27]]),
    io:format("~p~n", [[127]]),
    io:format("~p~n", [[160, 255]]),
    io:format("~p~n", [[256]]),
    io:format("~p~n", [[[], [[]], {[]}]]),
    io:format("~p ~p ~p~n", [a, b, c]),
    io:format("~p~p~n", [x, "y"]),
    io:format("~p~n", [[a, 'B', 'c d', '', 'e@f', 'é']]).
