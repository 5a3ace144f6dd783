#!/usr/bin/env escript
-module(proc_lib_hibernate).
-mode(compile).
-export([main/1, init/0, woken/1]).
%% proc_lib:hibernate/3: the process sleeps until a message comes, then
%% goes on in the given function, still under proc_lib's catch: a crash
%% after waking is a crash report, and the stack ends in wake_up/3.

init() ->
    proc_lib:hibernate(?MODULE, woken, [first]).

woken(first) ->
    receive {go, X} -> erlang:error({woken, X}) end.

main(_) ->
    P = proc_lib:spawn(?MODULE, init, []),
    R = monitor(process, P),
    wait_waiting(P),
    P ! {go, 1},
    receive {'DOWN', R, process, P, Why} -> ok end,
    logger_std_h:filesync(default),
    io:format("~p~n", [Why]).

wait_waiting(P) ->
    case process_info(P, status) of
        {status, waiting} -> ok;
        _ -> erlang:yield(), wait_waiting(P)
    end.
