#!/usr/bin/env escript
-module(timer_tc).
-mode(compile).
-export([main/1, add/2, slow/1]).
add(A, B) -> A + B.
slow(N) -> timer:sleep(N), {slept, N}.
main(_) ->
    {T1, R1} = timer:tc(fun() -> lists:sum(lists:seq(1, 1000)) end),
    io:format("~p ~p~n", [is_integer(T1), R1]),
    {_, R2} = timer:tc(fun add/2, [3, 4]),
    io:format("~p~n", [R2]),
    {_, R3} = timer:tc(?MODULE, add, [10, 20]),
    io:format("~p~n", [R3]),
    {T4, R4} = timer:tc(?MODULE, slow, [20]),
    io:format("~p at least 20000 us: ~p~n", [R4, T4 >= 20000]),
    {T5, _} = timer:tc(fun() -> ok end),
    io:format("non-negative: ~p~n", [T5 >= 0]).
