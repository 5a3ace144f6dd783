#!/usr/bin/env escript
%% max_heap_size, set by process_flag/2 or spawn_opt/2: a process that
%% grows past it is killed alone (reason killed) and the rest goes on;
%% with kill => false it runs to its end. error_logger => false keeps the
%% (timestamped) report out of the output.
-module(limit_max_heap_size).
-mode(compile).
main(_) ->
    Quiet = #{kill => true, error_logger => false},
    {P1, R1} = spawn_monitor(fun() ->
        process_flag(max_heap_size, Quiet#{size => 10000}),
        grow([], 0, infinity) end),
    io:format("flag: ~p~n", [down(P1, R1)]),
    {P2, R2} = spawn_opt(fun() -> grow([], 0, infinity) end,
                         [monitor, {max_heap_size, Quiet#{size => 20000}}]),
    io:format("spawn_opt: ~p~n", [down(P2, R2)]),
    {P3, R3} = spawn_opt(fun() -> exit({done, length(grow([], 0, 100000))}) end,
                         [monitor, {max_heap_size, #{size => 20000, kill => false, error_logger => false}}]),
    io:format("kill false: ~p~n", [down(P3, R3)]),
    {P4, R4} = spawn_opt(fun() ->
        Old = process_flag(max_heap_size, Quiet#{size => 50000}),
        exit({Old, process_flag(max_heap_size, 0)}) end, [monitor]),
    io:format("old values: ~p~n", [down(P4, R4)]),
    io:format("~p~n", [catch process_flag(max_heap_size, -1)]),
    io:format("~p~n", [catch process_flag(max_heap_size, #{size => 100, kill => maybe})]),
    io:format("~p~n", [catch process_flag(max_heap_size, big)]),
    {'EXIT', {Bad, _}} = (catch spawn_opt(fun() -> ok end, [{max_heap_size, -5}])),
    io:format("bad spawn option: ~p~n", [Bad]),
    io:format("self: ~p~n", [process_flag(max_heap_size, 0)]).

down(Pid, Ref) ->
    receive {'DOWN', Ref, process, Pid, Reason} -> Reason end.

grow(L, N, N) -> L;
grow(L, N, Max) -> grow([N | L], N + 1, Max).
