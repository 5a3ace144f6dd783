#!/usr/bin/env escript
-module(mon_demonitor_flush).
-mode(compile).
-export([main/1]).
main(_) ->
    {P, R} = spawn_monitor(fun() -> ok end),
    R2 = monitor(process, P),
    receive {'DOWN', R2, process, P, normal} -> ok end,
    %% the DOWN for R is now certainly in the queue
    io:format("~p~n", [process_info(self(), message_queue_len)]),
    io:format("~p~n", [demonitor(R, [flush])]),
    io:format("~p~n", [process_info(self(), message_queue_len)]),
    self() ! keep_me,
    Q = spawn(fun() -> receive stop -> ok end end),
    Rq = monitor(process, Q),
    io:format("~p~n", [demonitor(Rq, [flush])]),
    io:format("~p~n", [process_info(self(), messages)]),
    io:format("~p~n", [demonitor(Rq, [])]),
    Q ! stop.
