#!/usr/bin/env escript
-module(fmt_io_lib_format).
-mode(compile).
-export([main/1]).
main(_) ->
    S = io_lib:format("~p-~w-~s", [1, two, "three"]),
    io:format("~p~n", [is_list(S)]),
    io:format("~s~n", [S]),
    io:format("~p~n", [lists:flatten(S)]),
    io:format("~p~n", [lists:flatten(io_lib:format("~5.2f", [1.234]))]),
    io:format("~p~n", [lists:flatten(io_lib:format("~p", [lists:seq(1, 30)]))]),
    io:format("~p~n", [lists:flatten(io_lib:format("~10s|~-5w|", ["ab", x]))]),
    io:format("~p~n", [iolist_to_binary(io_lib:format("~b", [255]))]),
    io:format("~p~n", [lists:flatten(io_lib:fwrite("~c~c", [$o, $k]))]),
    io:format("~p~n", [lists:flatten(io_lib:write({a, "b", [1]}))]),
    io:format("~p~n", [lists:flatten(io_lib:write(lists:seq(1, 10), 3))]),
    io:format("~p~n", [lists:flatten(io_lib:print({a, "b", [1]}))]),
    io:format("~p~n", [lists:flatten(io_lib:write_atom('hello world'))]),
    io:format("~p~n", [lists:flatten(io_lib:write_string("quote\"d"))]),
    io:format("~p~n", [lists:flatten(io_lib:write_char($a))]),
    io:format("~p~n", [io_lib:printable_list("abc")]),
    io:format("~p~n", [io_lib:printable_list([1, 2])]),
    io:format("~p~n", [io_lib:char_list("abc")]),
    io:format("~p~n", [io_lib:deep_char_list(["ab", ["c"]])]),
    io:format("~p~n", [lists:flatten(io_lib:format("~ts", [[955]]))]),
    io:format("~p~n", [io_lib:format("~p", [x])]),
    io:format("~p~n", [lists:flatten(io_lib:print(lists:seq(1, 40), 1, 40, -1))]),
    io:format("~p~n", [io_lib:fread("~d ~a", "12 abc")]),
    io:format("~p~n", [io_lib:indentation("ab\ncd", 4)]),
    io:format("~p~n", [io_lib:latin1_char_list([233])]).
