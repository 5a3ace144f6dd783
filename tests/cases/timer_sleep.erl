#!/usr/bin/env escript
-module(timer_sleep).
-mode(compile).
-export([main/1]).
main(_) ->
    T0 = erlang:monotonic_time(millisecond),
    R = timer:sleep(30),
    T1 = erlang:monotonic_time(millisecond),
    io:format("~p ~p~n", [R, T1 - T0 >= 30]),
    io:format("~p~n", [timer:sleep(0)]),
    self() ! kept,
    ok = timer:sleep(5),
    io:format("message survives sleep: ~p~n", [process_info(self(), messages)]),
    Me = self(),
    spawn(fun() -> timer:sleep(10), Me ! woke end),
    receive woke -> io:format("child woke~n") end.
