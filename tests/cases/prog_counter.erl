#!/usr/bin/env escript
-module(prog_counter).
-mode(compile).
-export([main/1]).
counter(N) ->
    receive
        {incr, K} -> counter(N + K);
        incr -> counter(N + 1);
        {get, From} -> From ! {count, N}, counter(N);
        {stop, From} -> From ! {final, N}
    end.
get_count(C) -> C ! {get, self()}, receive {count, N} -> N end.
main(_) ->
    C = spawn(fun() -> counter(0) end),
    io:format("~p~n", [get_count(C)]),
    [C ! incr || _ <- lists:seq(1, 1000)],
    io:format("~p~n", [get_count(C)]),
    [C ! {incr, K} || K <- lists:seq(1, 10)],
    io:format("~p~n", [get_count(C)]),
    Me = self(),
    Senders = [spawn(fun() -> [C ! incr || _ <- lists:seq(1, 100)], Me ! {sent, self()} end)
               || _ <- lists:seq(1, 10)],
    [receive {sent, S} -> ok end || S <- Senders],
    io:format("~p~n", [get_count(C)]),
    C ! {stop, self()},
    receive {final, F} -> io:format("final ~p~n", [F]) end.
