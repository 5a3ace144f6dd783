#!/usr/bin/env escript
%% Processes on ferl: a ring of processes passing a token, a monitored
%% worker that crashes and is restarted, and a timer.
%% Run: cargo run --release -- examples/processes.erl
-module(processes).
-mode(compile).
-export([main/1]).

main(_) ->
    logger:set_primary_config(level, none),
    N = 1000,
    First = ring(N, self()),
    First ! {token, 0},
    receive {token, Hops} -> io:format("token went around ~p processes: ~p hops~n", [N, Hops]) end,
    Worker = start_worker(),
    Worker ! {divide, 10, 2},
    Worker ! {divide, 1, 0},
    watch(Worker, 2),
    erlang:send_after(20, self(), tick),
    receive tick -> io:format("timer fired~n") end.

%% Each process forwards the token to the next, counting hops.
ring(0, Next) -> Next;
ring(K, Next) ->
    P = spawn(fun() -> receive {token, H} -> Next ! {token, H + 1} end end),
    ring(K - 1, P).

start_worker() ->
    Parent = self(),
    {Pid, _Ref} = spawn_monitor(fun() -> worker(Parent) end),
    Pid.

worker(Parent) ->
    receive
        {divide, A, B} ->
            Parent ! {result, A div B},
            worker(Parent)
    end.

%% Restart the worker when it crashes, like a tiny supervisor.
watch(_Worker, 0) -> ok;
watch(Worker, Left) ->
    receive
        {result, R} ->
            io:format("worker says ~p~n", [R]),
            watch(Worker, Left - 1);
        {'DOWN', _, process, Worker, {Reason, _Stack}} ->
            io:format("worker crashed with ~p, restarting~n", [Reason]),
            New = start_worker(),
            New ! {divide, 9, 3},
            watch(New, Left - 1)
    end.
