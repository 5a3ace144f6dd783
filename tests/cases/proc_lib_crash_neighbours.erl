#!/usr/bin/env escript
-module(proc_lib_crash_neighbours).
-mode(compile).
-export([main/1, idle/0, crasher/1]).
%% A crash report lists the crasher's neighbours: the processes linked to
%% it that do not trap exits (here a plain process waiting in receive).

idle() ->
    receive stop -> ok end.

crasher(Parent) ->
    Neighbour = spawn_link(?MODULE, idle, []),
    Parent ! {neighbour, Neighbour},
    receive go -> exit(crashed_with_neighbour) end.

main(_) ->
    P = proc_lib:spawn(?MODULE, crasher, [self()]),
    N = receive {neighbour, Pid} -> Pid end,
    R = monitor(process, N),
    wait_waiting(N),
    P ! go,
    receive {'DOWN', R, process, N, Why} -> ok end,
    logger_std_h:filesync(default),
    io:format("neighbour ended: ~p~n", [Why]).

%% The neighbour's status in the report is 'waiting' only once it sits in
%% its receive.
wait_waiting(N) ->
    case process_info(N, status) of
        {status, waiting} -> ok;
        _ -> erlang:yield(), wait_waiting(N)
    end.
