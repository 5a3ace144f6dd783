#!/usr/bin/env escript
%%! +P 1024
%% The process limit (+P on the script's %%! line): spawning past it fails
%% with system_limit in every spawn BIF, for the caller alone; once one
%% process ends, a spawn succeeds again.
-module(limit_process_count).
-mode(compile).
main(_) ->
    %% OTP logs each failed spawn ("Too many processes") from its logger
    %% process, in no fixed order with this output: reports are off here.
    logger:set_primary_config(level, none),
    Limit = erlang:system_info(process_limit),
    io:format("limit ~p~n", [Limit]),
    Pids = fill([]),
    io:format("full: ~p~n", [erlang:system_info(process_count) =:= Limit]),
    Fun = fun() -> ok end,
    io:format("spawn/1 ~p~n", [reason(catch spawn(Fun))]),
    io:format("spawn/3 ~p~n", [reason(catch spawn(erlang, now, []))]),
    io:format("spawn_link/1 ~p~n", [reason(catch spawn_link(Fun))]),
    io:format("spawn_monitor/1 ~p~n", [reason(catch spawn_monitor(Fun))]),
    io:format("spawn_opt/2 ~p~n", [reason(catch spawn_opt(Fun, [monitor]))]),
    [Last | _] = Pids,
    Ref = monitor(process, Last),
    Last ! stop,
    receive {'DOWN', Ref, process, Last, Why} -> io:format("one ended: ~p~n", [Why]) end,
    {Pid, Ref2} = spawn_monitor(fun() -> exit(again) end),
    receive {'DOWN', Ref2, process, Pid, Again} -> io:format("spawned: ~p~n", [Again]) end,
    [P ! stop || P <- Pids],
    io:format("still alive: ~p~n", [is_process_alive(self())]).

fill(Acc) ->
    try spawn(fun() -> receive stop -> ok end end) of
        Pid -> fill([Pid | Acc])
    catch error:system_limit -> Acc
    end.

reason({'EXIT', {R, _}}) -> R;
reason(Other) -> {ok, Other}.
