#!/usr/bin/env escript
-module(crash_linked_trapping).
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
%% main traps exits: a crashing linked child is reported, and main
%% receives the {'EXIT', Pid, {Reason, Stack}} message.
main(_) ->
    process_flag(trap_exit, true),
    P = spawn_link(fun() -> 1 = ?MODULE:id(2) end),
    receive {'EXIT', P, {Reason, Stack}} ->
            settle(),
            io:format("~p~n", [Reason]),
            io:format("~p~n", [is_list(Stack)])
    end,
    io:format("main continues~n"),
    io:format("~p~n", [is_pid(crash(fun() -> ok end)) orelse done]).
