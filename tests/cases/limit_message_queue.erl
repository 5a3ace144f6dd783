#!/usr/bin/env escript
%% Message queue growth: a process that never reads its messages holds
%% them all (the sender is never held up), process_info sees the queue
%% of a busy process, and with max_heap_size the queue counts toward the
%% heap with message_queue_data on_heap (the default) but not off_heap.
-module(limit_message_queue).
-mode(compile).
main(_) ->
    %% A process blocked in a receive nothing matches: it makes no garbage,
    %% so no collection checks its heap limit, and it outlives it.
    {Idle, Ref} = spawn_opt(fun() -> receive stop -> exit(stopped) end end,
                            [monitor, {max_heap_size, #{size => 100000, error_logger => false}}]),
    send(Idle, 300000),
    io:format("idle queue: ~p~n", [process_info(Idle, message_queue_len)]),
    Idle ! stop,
    receive {'DOWN', Ref, process, Idle, Why} -> io:format("idle: ~p~n", [Why]) end,
    %% Busy processes that never receive, under a heap limit.
    Limit = {max_heap_size, #{size => 100000, error_logger => false}},
    {On, OnRef} = spawn_opt(fun() -> busy(0) end, [monitor, Limit]),
    send(On, 200000),
    receive {'DOWN', OnRef, process, On, OnWhy} -> io:format("on_heap: ~p~n", [OnWhy]) end,
    {Off, OffRef} = spawn_opt(fun() -> busy(0) end, [monitor, Limit, {message_queue_data, off_heap}]),
    send(Off, 200000),
    io:format("off_heap queue: ~p~n", [process_info(Off, message_queue_len)]),
    exit(Off, stop),
    receive {'DOWN', OffRef, process, Off, OffWhy} -> io:format("off_heap: ~p~n", [OffWhy]) end,
    io:format("flag: ~p~n", [process_flag(message_queue_data, off_heap)]),
    io:format("flag: ~p~n", [process_flag(message_queue_data, on_heap)]).

send(Pid, N) -> [Pid ! {msg, I} || I <- lists:seq(1, N)], ok.

busy(N) -> _ = lists:seq(1, 20), busy(N + 1).
