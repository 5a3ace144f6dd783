#!/usr/bin/env escript
-module(crash_error_report).
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
    io:format("start~n"),
    {Reason, [Top | _]} = crash(fun() -> error(?MODULE:id(boom)) end),
    io:format("~p ~p~n", [Reason, Top]),
    {Reason2, _} = crash(fun() -> erlang:error(?MODULE:id({my, reason, [1, 2]})) end),
    io:format("~p~n", [Reason2]),
    {Reason3, _} = crash(fun() -> erlang:error(?MODULE:id(with_args), [a, "b"]) end),
    io:format("~p~n", [Reason3]),
    io:format("main still running~n").
