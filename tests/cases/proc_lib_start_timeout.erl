#!/usr/bin/env escript
-module(proc_lib_start_timeout).
-mode(compile).
-export([main/1, silent/0]).
%% A process that never calls init_ack: start*/4 give up after the timeout,
%% unlink and kill it and return {error, timeout}. Being killed is no
%% crash report.

silent() ->
    receive never -> ok end.

main(_) ->
    io:format("start: ~p~n", [proc_lib:start(?MODULE, silent, [], 50)]),
    io:format("start_link: ~p~n", [proc_lib:start_link(?MODULE, silent, [], 50)]),
    {R3, Ref} = proc_lib:start_monitor(?MODULE, silent, [], 50),
    io:format("start_monitor: ~p~n", [R3]),
    receive {'DOWN', Ref, process, _, Why} -> io:format("  down: ~p~n", [Why]) end,
    process_flag(trap_exit, true),
    io:format("start_link trapping: ~p~n", [proc_lib:start_link(?MODULE, silent, [], 50)]),
    receive
        {'EXIT', _, R4} -> io:format("  exit message: ~p~n", [R4])
    after 100 ->
        io:format("  no exit message~n")
    end,
    io:format("start/5: ~p~n", [proc_lib:start(?MODULE, silent, [], 10, [{priority, normal}])]),
    logger_std_h:filesync(default),
    io:format("done~n").
