#!/usr/bin/env escript
-module(lex_strings_escapes).
-mode(compile).
-export([main/1]).
main(_) ->
    io:format("~w~n", ["\n\t\r\b\f\v\e\d\s"]),
    io:format("~w~n", ["\\\"\'"]),
    io:format("~w~n", ["\x41\x{42}\x{3b1}\101\0\12"]),
    io:format("~w~n", ["\^a\^b\^z"]),
    io:format("~p~n", ["abc" "def"]),
    io:format("~p~n", ["abc"
                       "def"
                       "ghi"]),
    io:format("~p~n", ["tab\there"]),
    io:format("~p~n", ["quote\"inside"]),
    io:format("~p~n", ["back\\slash"]),
    io:format("~p~n", [""]),
    io:format("~p~n", ["new\nline"]),
    io:format("~s~n", ["new\nline"]),
    io:format("~p~n", [length("\x{1F600}")]),
    io:format("~p~n", ["\x{3b1}\x{3b2}"]),
    io:format("~w~n", ["\q\z"]).
