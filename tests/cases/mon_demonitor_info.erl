#!/usr/bin/env escript
-module(mon_demonitor_info).
-mode(compile).
-export([main/1]).
r(F) -> try F() catch C:R -> {C, R} end.
main(_) ->
    P = spawn(fun() -> receive stop -> ok end end),
    R = monitor(process, P),
    io:format("active: ~p~n", [demonitor(R, [info])]),
    io:format("again: ~p~n", [demonitor(R, [info])]),
    {Q, Rq} = spawn_monitor(fun() -> ok end),
    Rq2 = monitor(process, Q),
    receive {'DOWN', Rq2, process, Q, _} -> ok end,
    io:format("fired: ~p~n", [demonitor(Rq, [info])]),
    io:format("queue: ~p~n", [process_info(self(), message_queue_len)]),
    {Q3, Rq3} = spawn_monitor(fun() -> ok end),
    Rq4 = monitor(process, Q3),
    receive {'DOWN', Rq4, process, Q3, _} -> ok end,
    io:format("fired, flush: ~p~n", [demonitor(Rq3, [flush, info])]),
    io:format("queue: ~p~n", [process_info(self(), message_queue_len)]),
    R5 = monitor(process, P),
    io:format("active, flush: ~p~n", [demonitor(R5, [info, flush])]),
    io:format("bad option: ~p~n", [r(fun() -> demonitor(R5, [bogus]) end)]),
    io:format("not a ref: ~p~n", [r(fun() -> demonitor(self()) end)]),
    receive {'DOWN', Rq, _, _, W} -> io:format("left over: ~p~n", [W]) after 0 -> ok end,
    P ! stop.
