#!/usr/bin/env escript
-module(crash_exit_no_report).
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
%% Processes that end with exit/1 (any reason), or are killed by an exit
%% signal, produce no error report.
main(_) ->
    io:format("~p~n", [crash(fun() -> exit(?MODULE:id(boom)) end)]),
    io:format("~p~n", [crash(fun() -> exit(?MODULE:id({shutdown, x})) end)]),
    io:format("~p~n", [crash(fun() -> exit(?MODULE:id({some, [deep, "reason"]})) end)]),
    io:format("~p~n", [crash(fun() -> exit(self(), ?MODULE:id(by_signal)) end)]),
    {P, R} = spawn_monitor(fun() -> receive after infinity -> ok end end),
    exit(P, kill),
    receive {'DOWN', R, process, P, W} -> settle(), io:format("~p~n", [W]) end,
    io:format("~p~n", [crash(fun() -> erlang:raise(exit, ?MODULE:id(raised), []) end)]).
