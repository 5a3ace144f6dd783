#!/usr/bin/env escript
-module(timer_monotonic).
-mode(compile).
-export([main/1]).
main(_) ->
    A = erlang:monotonic_time(),
    B = erlang:monotonic_time(),
    io:format("~p ~p~n", [is_integer(A), B >= A]),
    Ms = [erlang:monotonic_time(millisecond) || _ <- lists:seq(1, 5)],
    io:format("non-decreasing: ~p~n", [Ms =:= lists:sort(Ms)]),
    U0 = erlang:monotonic_time(microsecond),
    timer:sleep(15),
    U1 = erlang:monotonic_time(microsecond),
    io:format("~p~n", [U1 - U0 >= 15000]),
    S0 = erlang:monotonic_time(second),
    N0 = erlang:monotonic_time(nanosecond),
    io:format("~p ~p~n", [is_integer(S0), is_integer(N0)]),
    io:format("~p~n", [erlang:convert_time_unit(1, second, millisecond)]),
    M1 = erlang:monotonic_time(millisecond),
    io:format("~p~n", [M1 >= lists:last(Ms)]).
