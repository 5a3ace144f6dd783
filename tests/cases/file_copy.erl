#!/usr/bin/env escript
-module(file_copy).
-mode(compile).
-export([main/1]).

%% file:copy/2,3 with names, {Name, Modes} and byte limits.
main(_) ->
    D = "file_scratch_copy",
    ok = file:make_dir(D),
    Src = D ++ "/src",
    ok = file:write_file(Src, <<"0123456789">>),
    io:format("~p~n", [file:copy(Src, D ++ "/dst")]),
    io:format("~p~n", [file:read_file(D ++ "/dst")]),
    io:format("~p~n", [file:copy(Src, D ++ "/dst", 4)]),
    io:format("~p~n", [file:read_file(D ++ "/dst")]),
    io:format("~p~n", [file:copy(list_to_binary(Src), {D ++ "/dst", [append]})]),
    io:format("~p~n", [file:read_file(D ++ "/dst")]),
    io:format("~p~n", [file:copy({Src, [read]}, D ++ "/dst", 100)]),
    io:format("~p~n", [file:copy(Src, D ++ "/dst", infinity)]),
    io:format("~p~n", [file:copy(Src, D ++ "/dst", 0)]),
    io:format("~p~n", [file:read_file(D ++ "/dst")]),
    io:format("~p~n", [file:copy(D ++ "/nope", D ++ "/x")]),
    io:format("~p~n", [file:copy(Src, D ++ "/nodir/x")]),
    io:format("~p~n", [file:copy(Src, D)]),
    io:format("~p~n", [file:copy(123, D ++ "/x")]),
    io:format("~p~n", [file:copy(Src, 123)]),
    {ok, L} = file:list_dir(D),
    io:format("~p~n", [lists:sort(L)]),
    [ok = file:delete(D ++ "/" ++ N) || N <- L],
    io:format("~p~n", [file:del_dir(D)]).
