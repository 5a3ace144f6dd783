#!/usr/bin/env escript
-module(file_cwd).
-mode(compile).
-export([main/1]).

%% file:get_cwd/0 and set_cwd/1; relative names follow the new directory.
main(_) ->
    D = "file_scratch_cwd",
    {ok, Cwd} = file:get_cwd(),
    io:format("~p~n", [{is_list(Cwd), hd(Cwd), filename:pathtype(Cwd)}]),
    io:format("~p~n", [filename:basename(Cwd)]),
    ok = file:make_dir(D),
    io:format("~p~n", [file:set_cwd(D)]),
    {ok, Cwd2} = file:get_cwd(),
    io:format("~p~n", [Cwd2 =:= filename:join(Cwd, D)]),
    io:format("~p~n", [filename:absname("x/y") =:= Cwd2 ++ "/x/y"]),
    io:format("~p~n", [filename:absname(<<"z">>) =:= list_to_binary(Cwd2 ++ "/z")]),
    ok = file:write_file("inner.txt", "inside"),
    io:format("~p~n", [file:list_dir(".")]),
    io:format("~p~n", [file:set_cwd("nope")]),
    io:format("~p~n", [file:set_cwd("inner.txt")]),
    io:format("~p~n", [file:set_cwd(123)]),
    io:format("~p~n", [file:set_cwd(<<"..">>)]),
    {ok, Cwd3} = file:get_cwd(),
    io:format("~p~n", [Cwd3 =:= Cwd]),
    io:format("~p~n", [file:read_file(D ++ "/inner.txt")]),
    ok = file:delete(D ++ "/inner.txt"),
    io:format("~p~n", [file:del_dir(D)]).
