#!/usr/bin/env escript
-module(lex_chars).
-mode(compile).
-export([main/1]).
main(_) ->
    io:format("~w~n", [[$a, $z, $A, $0, $\s, $ , $$]]),
    io:format("~w~n", [[$\n, $\t, $\r, $\b, $\f, $\v, $\e, $\d]]),
    io:format("~w~n", [[$\x{41}, $\x41, $\x{1F600}, $\101, $\0, $\7, $\377]]),
    io:format("~w~n", [[$\^a, $\^Z, $\^@]]),
    io:format("~w~n", [[$\\, $\', $\", $\q]]),
    io:format("~w~n", [$é]),
    io:format("~p~n", [[$h, $i]]),
    io:format("~p~n", [$a + 1]).
