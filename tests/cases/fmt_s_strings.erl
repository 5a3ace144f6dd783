#!/usr/bin/env escript
-module(fmt_s_strings).
-mode(compile).
-export([main/1]).
main(_) ->
    io:format("[~s]~n", ["hello"]),
    io:format("[~10s]~n", ["hello"]),
    io:format("[~-10s]~n", ["hello"]),
    io:format("[~.3s]~n", ["hello"]),
    io:format("[~10.3s]~n", ["hello"]),
    io:format("[~-10.3s]~n", ["hello"]),
    io:format("[~3s]~n", ["hello"]),
    io:format("[~10.3.*s]~n", [$*, "hello"]),
    io:format("[~*s]~n", [8, "hi"]),
    io:format("[~-*s]~n", [8, "hi"]),
    io:format("[~s]~n", [hello_atom]),
    io:format("[~s]~n", [<<"bin">>]),
    io:format("[~s]~n", [["deep", [$l, "ist"], <<"bin">>]]),
    io:format("[~10..xs]~n", ["ab"]),
    io:format("[~-10..xs]~n", ["ab"]),
    io:format("[~s]~n", [""]),
    io:format("[~ts]~n", ["plain"]),
    io:format("[~lp]~n", [[104, 105]]),
    io:format("[~s|~s]~n", ["a", "b"]).
