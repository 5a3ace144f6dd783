#!/usr/bin/env escript
-module(file_dir_ops).
-mode(compile).
-export([main/1]).

%% make_dir, del_dir, list_dir, delete, rename and their POSIX errors.
main(_) ->
    D = "file_scratch_dir_ops",
    io:format("~p~n", [file:make_dir(D)]),
    io:format("~p~n", [file:make_dir(D)]),
    io:format("~p~n", [file:list_dir(D)]),
    ok = file:make_dir(D ++ "/sub"),
    [ok = file:write_file(D ++ "/" ++ N, N) || N <- ["z.txt", "a.txt", "m.erl"]],
    {ok, Names} = file:list_dir(D),
    io:format("~p~n", [lists:sort(Names)]),
    {ok, BNames} = file:list_dir(list_to_binary(D)),
    io:format("~p~n", [lists:sort(BNames)]),
    io:format("~p~n", [file:list_dir(D ++ "/sub")]),
    io:format("~p~n", [file:list_dir(D ++ "/nope")]),
    io:format("~p~n", [file:list_dir(D ++ "/a.txt")]),
    io:format("~p~n", [file:make_dir(D ++ "/nope/deeper")]),
    io:format("~p~n", [file:make_dir(D ++ "/a.txt")]),
    %% rename
    io:format("~p~n", [file:rename(D ++ "/z.txt", D ++ "/y.txt")]),
    io:format("~p~n", [file:read_file(D ++ "/y.txt")]),
    io:format("~p~n", [file:rename(D ++ "/z.txt", D ++ "/w.txt")]),
    io:format("~p~n", [file:rename(D ++ "/y.txt", D ++ "/sub")]),
    io:format("~p~n", [file:rename(D ++ "/sub", D ++ "/y.txt")]),
    io:format("~p~n", [file:rename(D ++ "/sub", D ++ "/sub2")]),
    io:format("~p~n", [file:rename(D ++ "/y.txt", D ++ "/sub2/y.txt")]),
    {ok, Names2} = file:list_dir(D),
    io:format("~p~n", [lists:sort(Names2)]),
    %% del_dir and delete
    io:format("~p~n", [file:del_dir(D ++ "/sub2")]),
    io:format("~p~n", [file:del_dir(D ++ "/a.txt")]),
    io:format("~p~n", [file:del_dir(D ++ "/nope")]),
    io:format("~p~n", [file:delete(D ++ "/sub2")]),
    io:format("~p~n", [file:delete(D ++ "/nope")]),
    io:format("~p~n", [file:delete(D ++ "/sub2/y.txt")]),
    io:format("~p~n", [file:del_dir(D ++ "/sub2")]),
    io:format("~p~n", [[file:delete(D ++ "/" ++ N) || N <- ["a.txt", "m.erl"]]]),
    io:format("~p~n", [[F(123) || F <- [fun file:list_dir/1, fun file:make_dir/1,
                                          fun file:del_dir/1, fun file:delete/1]]]),
    io:format("~p~n", [file:rename(123, "x")]),
    io:format("~p~n", [file:del_dir(D)]),
    io:format("~p~n", [file:del_dir(D)]).
