#!/usr/bin/env escript
-module(fmt_modifiers_t_l).
-mode(compile).
-export([main/1]).
main(_) ->
    L = [955, 946],
    io:format("~tp~n", [L]),
    io:format("~lp~n", ["abc"]),
    io:format("~ltp~n", ["abc"]),
    io:format("~tp~n", ["abc"]),
    io:format("~tP~n", [[L, L, L], 3]),
    io:format("~lP~n", [["ab", "cd"], 3]),
    io:format("~tw~n", ["abc"]),
    io:format("~ts|~n", [L]),
    io:format("~5ts|~n", [L]),
    io:format("~-5ts|~n", [L]),
    io:format("~tc|~n", [955]),
    io:format("~ts~n", [<<206, 187>>]),
    io:format("~lp~n", [[{a, "str"}, <<"bin">>]]),
    io:format("~p~n", [[{a, "str"}, <<"bin">>]]).
