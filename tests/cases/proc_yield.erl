#!/usr/bin/env escript
-module(proc_yield).
-mode(compile).
-export([main/1]).
spin(0) -> done;
spin(N) -> true = erlang:yield(), spin(N - 1).
main(_) ->
    io:format("~p~n", [erlang:yield()]),
    Me = self(),
    Ps = [spawn(fun() -> Me ! {I, spin(100)} end) || I <- lists:seq(1, 5)],
    R = lists:sort([receive {I, D} -> {I, D} end || _ <- Ps]),
    io:format("~p~n", [R]),
    io:format("~p~n", [spin(10)]).
