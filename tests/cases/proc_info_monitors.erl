#!/usr/bin/env escript
-module(proc_info_monitors).
-mode(compile).
-export([main/1]).
main(_) ->
    io:format("~p~n", [process_info(self(), monitors)]),
    P = spawn(fun() -> receive stop -> ok end end),
    R1 = monitor(process, P),
    io:format("~p~n", [process_info(self(), monitors) =:= {monitors, [{process, P}]}]),
    io:format("~p~n", [process_info(P, monitored_by) =:= {monitored_by, [self()]}]),
    register(mon_target, P),
    R2 = monitor(process, mon_target),
    {monitors, Ms} = process_info(self(), monitors),
    io:format("~p~n", [lists:sort(Ms) =:= lists:sort([{process, P}, {process, {mon_target, node()}}])]),
    io:format("~p~n", [process_info(P, monitored_by) =:= {monitored_by, [self(), self()]}]),
    true = demonitor(R1),
    io:format("~p~n", [process_info(self(), monitors)]),
    true = demonitor(R2),
    io:format("~p~n", [process_info(self(), monitors)]),
    io:format("~p~n", [process_info(P, monitored_by)]),
    P ! stop.
