#!/usr/bin/env escript
-module(timer_order).
-mode(compile).
-export([main/1]).
collect(0) -> [];
collect(N) -> receive {tick, X} -> [X | collect(N - 1)] end.
main(_) ->
    Delays = [90, 10, 150, 50, 0, 120],
    [erlang:send_after(D, self(), {tick, D}) || D <- Delays],
    io:format("~p~n", [collect(length(Delays))]),
    Me = self(),
    [timer:send_after(D, Me, {tick, {t, D}}) || D <- [60, 20, 100]],
    io:format("~p~n", [collect(3)]),
    [erlang:start_timer(D, self(), D) || D <- [40, 0, 80]],
    io:format("~p~n", [[receive {timeout, _, D} -> D end || _ <- [1, 2, 3]]]).
