#!/usr/bin/env escript
-module(proc_spawn_fun).
-mode(compile).
-export([main/1]).
main(_) ->
    Parent = self(),
    P = spawn(fun() -> Parent ! {self(), hello, 1 + 1} end),
    io:format("~p~n", [is_pid(P)]),
    io:format("~p~n", [P =/= self()]),
    receive {P, hello, N} -> io:format("got hello ~p from child~n", [N]) end,
    X = 42,
    Q = spawn(fun() -> Parent ! {closure, X * 2} end),
    receive {closure, V} -> io:format("closure ~p~n", [V]) end,
    io:format("~p~n", [is_pid(Q) andalso Q =/= P]),
    Ps = [spawn(fun() -> Parent ! {n, I} end) || I <- lists:seq(1, 5)],
    io:format("~p distinct pids~n", [length(lists:usort(Ps))]),
    Got = lists:sort([receive {n, I} -> I end || _ <- Ps]),
    io:format("~p~n", [Got]).
