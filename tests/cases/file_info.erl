#!/usr/bin/env escript
-module(file_info).
-mode(compile).
-export([main/1]).

%% file:read_file_info/1,2: the #file_info{} record fields that do not
%% depend on the machine, and errors.
-record(file_info, {size, type, access, atime, mtime, ctime, mode, links,
                    major_device, minor_device, inode, uid, gid}).

main(_) ->
    D = "file_scratch_info",
    ok = file:make_dir(D),
    F = D ++ "/f",
    ok = file:write_file(F, <<"twelve bytes">>),
    {ok, I} = file:read_file_info(F),
    io:format("~p~n", [{tuple_size(I), element(1, I)}]),
    io:format("~p~n", [{I#file_info.size, I#file_info.type, I#file_info.access}]),
    io:format("~p~n", [{I#file_info.mode band 8#170000, I#file_info.links}]),
    {{Y, _, _}, {_, _, _}} = I#file_info.mtime,
    io:format("~p~n", [Y >= 2020]),
    {ok, DI} = file:read_file_info(D),
    io:format("~p~n", [{DI#file_info.type, DI#file_info.mode band 8#170000}]),
    {ok, PI} = file:read_file_info(F, [{time, posix}]),
    io:format("~p~n", [is_integer(PI#file_info.mtime)]),
    {ok, UI} = file:read_file_info(list_to_binary(F), [{time, universal}]),
    io:format("~p~n", [UI#file_info.size]),
    ok = file:write_file(F, "", []),
    {ok, I2} = file:read_file_info(F),
    io:format("~p~n", [I2#file_info.size]),
    {ok, LI} = file:read_link_info(F),
    io:format("~p~n", [LI#file_info.type]),
    io:format("~p~n", [file:read_file_info(D ++ "/nope")]),
    io:format("~p~n", [file:read_file_info(F ++ "/x")]),
    io:format("~p~n", [file:read_file_info(123)]),
    io:format("~p~n", [file:read_link_info(D ++ "/nope")]),
    ok = file:delete(F),
    io:format("~p~n", [file:del_dir(D)]).
