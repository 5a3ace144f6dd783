#!/usr/bin/env escript
-module(lc_binary_comprehension).
-mode(compile).
-export([main/1]).
main(_) ->
    io:format("~p~n", [<< <<(X * 2)>> || <<X>> <= <<1, 2, 3>> >>]),
    io:format("~p~n", [[X || <<X>> <= <<"hello">>]]),
    io:format("~p~n", [[{A, B} || <<A:4, B:4>> <= <<16#12, 16#34>>]]),
    io:format("~p~n", [<< <<X:8>> || X <- [65, 66, 67] >>]),
    io:format("~p~n", [<< <<C>> || <<C>> <= <<"a1b2c3">>, C >= $a >>]),
    io:format("~p~n", [<< <<X:3>> || X <- [1, 2, 3] >>]),
    io:format("~p~n", [[X || <<X:16/little>> <= <<1, 0, 2, 0, 3>>]]),
    io:format("~p~n", [<< <<B/binary, ",">> || B <- [<<"x">>, <<"yy">>] >>]),
    io:format("~p~n", [[B || <<B:2/binary>> <= <<"abcdef">>]]),
    io:format("~p~n", [<< <<(X + Y)>> || <<X>> <= <<1, 2>>, <<Y>> <= <<10, 20>> >>]),
    io:format("~p~n", [[X || <<X:1>> <= <<2#10110000>>]]),
    io:format("~p~n", [<< <<X/utf8>> || X <- [955, 65, 8364] >>]).
