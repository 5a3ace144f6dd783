#!/usr/bin/env escript
%% Prints a line, waits, then reads back the file its standard output goes
%% to (given as the argument): the line is there already, as under OTP,
%% which writes each output call as it is made.
-module(flush_when_idle).
-mode(compile).
-export([main/1]).

main([Out]) ->
    io:format("first line~n"),
    receive after 10 -> ok end,
    {ok, Seen} = file:read_file(Out),
    io:format("seen while running: ~p~n", [Seen]).
