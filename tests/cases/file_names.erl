#!/usr/bin/env escript
-module(file_names).
-mode(compile).
-export([main/1]).

%% The forms a file name may take: strings, deep lists, atoms, binaries,
%% Unicode characters; and the ones that are badarg.
main(_) ->
    D = "file_scratch_names",
    ok = file:make_dir(D),
    io:format("~p~n", [file:write_file([D, "/", [$a, ["b"]], ".txt"], "1")]),
    io:format("~p~n", [file:read_file(D ++ "/ab.txt")]),
    io:format("~p~n", [file:read_file(list_to_atom(D ++ "/ab.txt"))]),
    io:format("~p~n", [file:read_file([list_to_atom(D), "/", ab, '.txt'])]),
    io:format("~p~n", [file:read_file(list_to_binary(D ++ "/ab.txt"))]),
    io:format("~p~n", [file:write_file(D ++ [$/, 955, $x], <<"lambda">>)]),
    io:format("~p~n", [file:read_file(<<(list_to_binary(D))/binary, "/", 206, 187, "x">>)]),
    {ok, L} = file:list_dir(D),
    io:format("~w~n", [lists:sort(L)]),
    io:format("~p~n", [file:delete(D ++ [$/, 955, $x])]),
    io:format("~p~n", [file:read_file([D, <<"/ab.txt">>])]),
    io:format("~p~n", [file:read_file(D ++ "/ab.txt" ++ [0])]),
    io:format("~p~n", [file:read_file(<<"ab", 0>>)]),
    io:format("~p~n", [file:read_file([-1])]),
    io:format("~p~n", [file:read_file([16#110000])]),
    io:format("~p~n", [file:read_file("")]),
    io:format("~p~n", [file:list_dir("")]),
    io:format("~p~n", [file:read_file(D ++ "/ab.txt" ++ improper)]),
    ok = file:delete(D ++ "/ab.txt"),
    io:format("~p~n", [file:del_dir(D)]).
