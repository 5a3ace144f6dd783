#!/usr/bin/env escript
%% The error report of a process killed at its max_heap_size: OTP's lines
%% (Process, Context, Max Heap Size, Total Heap Size, Kill, Error Logger,
%% Message Queue Len, GC Info), one report for the killed process, none
%% with error_logger => false. (The runner compares the heap sizes as <N>:
%% they are each VM's own bookkeeping. Messages left in the queue are not
%% a case: OTP 25 counts only those not yet fetched, and says 0 here.)
-module(limit_heap_report).
-mode(compile).
main(_) ->
    Pid = spawn_opt(fun() -> receive go -> grow([], 0) end end,
                    [{max_heap_size, #{size => 20000}}]),
    Ref = monitor(process, Pid),
    Pid ! go,
    Why = receive {'DOWN', Ref, process, Pid, W} -> W end,
    timer:sleep(200),
    io:format("down: ~p~n", [Why]),
    {P2, R2} = spawn_opt(fun() -> grow([], 0) end,
                         [monitor, {max_heap_size, #{size => 20000, error_logger => false}}]),
    receive {'DOWN', R2, process, P2, Why2} -> io:format("quiet: ~p~n", [Why2]) end,
    timer:sleep(200),
    io:format("done~n").

grow(L, N) -> grow([N | L], N + 1).
