#!/usr/bin/env escript
-module(proc_lib_start_crash).
-mode(compile).
-export([main/1]).
%% A process started with proc_lib that ends before init_ack: start/3 and
%% start_link/3 return {error, Reason}; an abnormal end is also a crash
%% report, a normal one is not.

%% start_link takes the 'EXIT' message of a process that ended early.
left() ->
    receive Msg -> io:format("  left in queue: ~p~n", [Msg])
    after 0 -> io:format("  queue empty~n")
    end.

main(_) ->
    process_flag(trap_exit, true),
    R1 = proc_lib:start_link(erlang, exit, [bad_init]),
    logger_std_h:filesync(default),
    io:format("start_link: ~p~n", [R1]),
    left(),
    R2 = proc_lib:start(erlang, exit, [{shutdown, no_config}]),
    logger_std_h:filesync(default),
    io:format("start: ~p~n", [R2]),
    R3 = proc_lib:start_link(erlang, exit, [normal]),
    logger_std_h:filesync(default),
    io:format("start_link normal: ~p~n", [R3]),
    left(),
    {R4, Ref} = proc_lib:start_monitor(erlang, throw, [oops]),
    logger_std_h:filesync(default),
    io:format("start_monitor: ~p~n", [element(1, R4)]),
    receive {'DOWN', Ref, process, _, {{nocatch, oops}, _}} -> io:format("  down: nocatch~n") end,
    left(),
    io:format("done~n").
