#!/usr/bin/env escript
-module(fmt_io_lib_deep).
-mode(compile).
-export([main/1]).
main(_) ->
    D = io_lib:format("~s and ~p", ["text", [1, 2]]),
    io:format("~p~n", [D]),
    io:format("~p~n", [lists:flatten(D)]),
    io:format("~p~n", [io_lib:format("~w~w", [a, b])]),
    io:format("~p~n", [io_lib:format("plain", [])]),
    io:format("~p~n", [io_lib:format("~10s", ["x"])]),
    io:format("~p~n", [io_lib:format("~c", [$x])]),
    io:format("~p~n", [io_lib:format("~n", [])]),
    io:format("~p~n", [io_lib:format("~.2f", [1.0])]),
    io:format("~p~n", [io_lib:format("~e", [1.0])]),
    io:format("~p~n", [io_lib:format("~b", [7])]),
    io:format("~p~n", [io_lib:format("~p", ["str"])]),
    io:format("~p~n", [io_lib:format("~s", [[<<"a">>, "b"]])]),
    io:format("~s~n", [io_lib:format("~p", [{nested, [io, lib]}])]),
    io:format("~p~n", [iolist_to_binary(io_lib:format("~p|~5w|~-5w|", [x, 1, 2]))]).
