#!/usr/bin/env escript
-module(proc_info_status).
-mode(compile).
-export([main/1]).
%% Poll until the process has entered its receive (deterministic outcome).
wait_waiting(P) ->
    case process_info(P, status) of
        {status, waiting} -> {status, waiting};
        _ -> erlang:yield(), timer:sleep(1), wait_waiting(P)
    end.
main(_) ->
    P = spawn(fun() -> receive stop -> ok end end),
    io:format("~p~n", [wait_waiting(P)]),
    io:format("~p~n", [process_info(P, status)]),
    io:format("self: ~p~n", [process_info(self(), status)]),
    R = monitor(process, P),
    P ! stop,
    receive {'DOWN', R, process, P, _} -> ok end,
    io:format("dead: ~p~n", [process_info(P, status)]),
    io:format("dead list: ~p~n", [process_info(P, [status])]),
    Q = spawn(fun() -> receive after infinity -> ok end end),
    io:format("~p~n", [wait_waiting(Q)]),
    exit(Q, kill).
