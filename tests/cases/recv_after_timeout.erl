#!/usr/bin/env escript
-module(recv_after_timeout).
-mode(compile).
-export([main/1]).
main(_) ->
    T0 = erlang:monotonic_time(millisecond),
    R = receive never -> got after 50 -> timed_out end,
    T1 = erlang:monotonic_time(millisecond),
    io:format("~p~n", [R]),
    io:format("waited at least 50 ms: ~p~n", [T1 - T0 >= 50]),
    self() ! unrelated,
    R2 = receive never -> got after 20 -> timed_out_again end,
    io:format("~p~n", [R2]),
    io:format("~p~n", [process_info(self(), messages)]),
    Timeout = 10,
    R3 = receive after Timeout -> sleep_done end,
    io:format("~p~n", [R3]),
    Me = self(),
    spawn(fun() -> receive nothing -> ok after 30 -> Me ! child_timed_out end end),
    receive child_timed_out -> io:format("child timed out~n") end.
