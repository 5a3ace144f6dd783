#!/usr/bin/env escript
-module(crash_error_report).
-mode(compile).
-export([main/1, id/1]).
id(X) -> X.
%% Error reports are written by the logger asynchronously; wait a little
%% before main returns so they are always printed.
settle() -> timer:sleep(200).
main(_) ->
    {P, R} = spawn_monitor(fun() -> error(?MODULE:id(boom)) end),
    receive {'DOWN', R, process, P, {Reason, [Top | _]}} ->
            io:format("~p ~p~n", [Reason, Top])
    end,
    {P2, R2} = spawn_monitor(fun() -> erlang:error(?MODULE:id({my, reason, [1, 2]})) end),
    receive {'DOWN', R2, process, P2, {Reason2, _}} -> io:format("~p~n", [Reason2]) end,
    io:format("main still running~n"),
    settle().
