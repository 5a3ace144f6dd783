#!/usr/bin/env escript
-module(bin_utf_roundtrip).
-mode(compile).
-export([main/1]).
id(X) -> X.
r(F) -> try F() catch C:R -> {C, R} end.
main(_) ->
    S = [104, 233, 955, 8364, 128512],
    U8 = unicode:characters_to_binary(S),
    io:format("~p~n", [U8]),
    io:format("~p~n", [byte_size(U8)]),
    io:format("~p~n", [unicode:characters_to_list(U8)]),
    U16 = unicode:characters_to_binary(S, unicode, utf16),
    io:format("~p~n", [U16]),
    io:format("~p~n", [unicode:characters_to_list(U16, utf16)]),
    U32 = unicode:characters_to_binary(S, unicode, {utf32, little}),
    io:format("~p~n", [byte_size(U32)]),
    io:format("~p~n", [[C || <<C/utf8>> <= U8]]),
    io:format("~p~n", [[C || <<C/utf16>> <= U16]]),
    io:format("~p~n", [<< <<C/utf32>> || C <- [65, 66] >>]),
    io:format("~p~n", [unicode:characters_to_binary("abc", latin1)]),
    io:format("~p~n", [unicode:characters_to_binary(<<233>>, latin1, utf8)]),
    io:format("~p~n", [unicode:characters_to_list(<<195, 169>>, utf8)]),
    io:format("~p~n", [unicode:characters_to_binary([<<"ab">>, [99, <<"d">>]])]),
    io:format("~p~n", [unicode:characters_to_list(<<255, 255>>)]),
    io:format("~p~n", [unicode:bom_to_encoding(<<239, 187, 191, "x">>)]),
    io:format("~p~n", [r(fun() -> <<(id(16#110000))/utf8>> end)]).
