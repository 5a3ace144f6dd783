#!/usr/bin/env escript
-module(timer_start_timer).
-mode(compile).
-export([main/1]).
main(_) ->
    Ref = erlang:start_timer(20, self(), my_msg),
    io:format("~p~n", [is_reference(Ref)]),
    receive {timeout, R, Msg} -> io:format("~p ~p~n", [R =:= Ref, Msg]) end,
    R1 = erlang:start_timer(10, self(), {data, 1}),
    R2 = erlang:start_timer(10, self(), {data, 2}),
    io:format("distinct: ~p~n", [R1 =/= R2]),
    receive {timeout, R2, M2} -> io:format("second: ~p~n", [M2]) end,
    receive {timeout, R1, M1} -> io:format("first: ~p~n", [M1]) end,
    Rz = erlang:start_timer(0, self(), now),
    receive {timeout, Rz, M} -> io:format("zero: ~p~n", [M]) end.
