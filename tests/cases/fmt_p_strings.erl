#!/usr/bin/env escript
-module(fmt_p_strings).
-mode(compile).
-export([main/1]).
main(_) ->
    io:format("~p~n", [["apple", "banana", "cherry", "date", "elderberry", "fig", "grape", "honeydew", "kiwi"]]),
    io:format("~p~n", [lists:duplicate(10, "a somewhat long string value")]),
    io:format("~p~n", [lists:flatten(lists:duplicate(10, "long string "))]),
    io:format("~p~n", [{"a tuple with a string", "another string in the tuple", "and a third string that overflows"}]),
    io:format("~p~n", [[{name, "Alice"}, {name, "Bob"}, {name, "Carol"}, {name, "Dave"}, {name, "Eve"}, {name, "Frank"}]]),
    io:format("~p~n", [["", [], "x"]]),
    io:format("~p~n", [[[1, 2], "ab", [300], [$a, 300]]]),
    io:format("~p~n", ["with \"quotes\" and \\backslash\\"]),
    io:format("~p~n", [[$a, $b, $\n, $c, $\t, $d, $\e, $\v, $\f, $\b, $\r]]).
