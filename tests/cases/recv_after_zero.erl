#!/usr/bin/env escript
-module(recv_after_zero).
-mode(compile).
-export([main/1]).
poll() -> receive M -> {got, M} after 0 -> empty end.
main(_) ->
    io:format("~p~n", [poll()]),
    self() ! x,
    io:format("~p~n", [poll()]),
    io:format("~p~n", [poll()]),
    self() ! {other, 1},
    R = receive {wanted, _} -> yes after 0 -> no end,
    io:format("~p~n", [R]),
    io:format("still queued: ~p~n", [process_info(self(), message_queue_len)]),
    T = 0,
    R2 = receive {other, V} -> {other, V} after T -> timeout end,
    io:format("~p~n", [R2]),
    R3 = receive after 0 -> plain_after end,
    io:format("~p~n", [R3]).
