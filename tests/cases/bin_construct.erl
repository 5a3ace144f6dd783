#!/usr/bin/env escript
-module(bin_construct).
-mode(compile).
-export([main/1]).
main(_) ->
    io:format("~p~n", [<<1, 2, 3>>]),
    io:format("~p~n", [<<"abc">>]),
    io:format("~p~n", [<<"abc", 0>>]),
    io:format("~p~n", [<<>>]),
    io:format("~p~n", [<<256:16>>]),
    io:format("~p~n", [<<1:16/little>>]),
    io:format("~p~n", [<<-1:8>>]),
    io:format("~p~n", [<<-1:16/signed>>]),
    io:format("~p~n", [<<1:1, 0:1, 1:1>>]),
    io:format("~p~n", [<<5:4, 5:4>>]),
    io:format("~p~n", [<<1.5/float>>]),
    io:format("~p~n", [<<1.5:32/float>>]),
    io:format("~p~n", [<<1.0:64/float-little>>]),
    B = <<"xyz">>,
    io:format("~p~n", [<<B/binary, "!">>]),
    io:format("~p~n", [<<B:2/binary>>]),
    io:format("~p~n", [<<$a, $b>>]),
    io:format("~p~n", [<<"é"/utf8>>]),
    io:format("~p~n", [<<16#20AC/utf8>>]),
    io:format("~p~n", [<<16#20AC/utf16>>]),
    io:format("~p~n", [<<16#1F600/utf16-little>>]),
    io:format("~p~n", [<<65/utf32>>]),
    io:format("~p~n", [<<3:2/unit:8>>]),
    io:format("~p~n", [<<1:3, B/binary>>]),
    io:format("~p~n", [<<(1 bsl 70):72>>]),
    io:format("~p~n", [<<(<<"abc">>)/binary-unit:8>>]),
    io:format("~p~n", [<<1:4, 2:4, 3:8>>]),
    io:format("~w~n", [<<"printable">>]),
    io:format("~p~n", [<<7:3/integer-unsigned-big>>]).
