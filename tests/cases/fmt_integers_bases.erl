#!/usr/bin/env escript
-module(fmt_integers_bases).
-mode(compile).
-export([main/1]).
main(_) ->
    io:format("~b ~b ~b~n", [10, -10, 0]),
    io:format("~.2b ~.8b ~.16b ~.36b~n", [10, 64, 255, 1295]),
    io:format("~.16B ~.16b~n", [48879, 48879]),
    io:format("~x ~X~n", [255, "0x", 255, "0x"]),
    io:format("~.16x ~.16X~n", [255, "0x", 255, "0x"]),
    io:format("~.16x~n", [-255, "-0x"]),
    io:format("~.16# ~.2# ~.8#~n", [255, 5, 8]),
    io:format("~.16+ ~.2+ ~.16+~n", [255, 5, -255]),
    io:format("~# ~+~n", [10, 10]),
    io:format("[~8b] [~-8b] [~8.16b] [~8.2.0b]~n", [42, 42, 255, 5]),
    io:format("[~3b]~n", [12345]),
    io:format("[~.16B]~n", [1 bsl 100]),
    io:format("[~.10B]~n", [-12345678901234567890]),
    io:format("[~*.*B]~n", [10, 2, 9]),
    io:format("[~w ~w]~n", [16#ff, -8#17]),
    io:format("[~10.16.0B]~n", [48879]),
    io:format("[~-10.16.*B]~n", [$_, 48879]).
