#!/usr/bin/env escript
-module(crash_throw_report).
-mode(compile).
-export([main/1, id/1]).
id(X) -> X.
%% Error reports go to STDOUT (logger default handler, type standard_io),
%% asynchronously. After each crash, main waits for the DOWN and then gives
%% the logger time to print (settle/0) before printing anything itself, so
%% the order of lines is fixed.
settle() -> timer:sleep(200).
crash(F) ->
    {P, R} = spawn_monitor(F),
    receive {'DOWN', R, process, P, W} -> settle(), W end.
main(_) ->
    {Reason, _} = crash(fun() -> throw(?MODULE:id(ball)) end),
    io:format("~p~n", [Reason]),
    {Reason2, _} = crash(fun() -> throw(?MODULE:id({not_caught, "anywhere"})) end),
    io:format("~p~n", [Reason2]).
