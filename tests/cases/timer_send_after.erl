#!/usr/bin/env escript
-module(timer_send_after).
-mode(compile).
-export([main/1]).
main(_) ->
    T = erlang:send_after(20, self(), ding),
    io:format("~p~n", [is_reference(T)]),
    receive ding -> io:format("ding~n") end,
    register(timer_target, self()),
    erlang:send_after(10, timer_target, {named, 1}),
    receive {named, N} -> io:format("named ~p~n", [N]) end,
    erlang:send_after(0, self(), zero),
    receive zero -> io:format("zero delay~n") end,
    Me = self(),
    P = spawn(fun() -> receive {from_timer, X} -> Me ! {relayed, X} end end),
    erlang:send_after(5, P, {from_timer, 42}),
    receive {relayed, X} -> io:format("relayed ~p~n", [X]) end,
    T0 = erlang:monotonic_time(millisecond),
    erlang:send_after(30, self(), late),
    receive late -> ok end,
    io:format("waited >= 30 ms: ~p~n", [erlang:monotonic_time(millisecond) - T0 >= 30]).
