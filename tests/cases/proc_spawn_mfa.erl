#!/usr/bin/env escript
-module(proc_spawn_mfa).
-mode(compile).
-export([main/1, worker/2, noargs/0]).
worker(Parent, {Op, A, B}) ->
    R = case Op of add -> A + B; mul -> A * B end,
    Parent ! {result, Op, R}.
noargs() ->
    receive {From, ping} -> From ! pong end.
main(_) ->
    P = spawn(?MODULE, worker, [self(), {add, 2, 3}]),
    io:format("~p~n", [is_pid(P)]),
    receive {result, add, R1} -> io:format("add ~p~n", [R1]) end,
    spawn(proc_spawn_mfa, worker, [self(), {mul, 6, 7}]),
    receive {result, mul, R2} -> io:format("mul ~p~n", [R2]) end,
    Q = spawn(?MODULE, noargs, []),
    Q ! {self(), ping},
    receive pong -> io:format("pong~n") end,
    L = spawn(lists, reverse, [[1, 2, 3]]),
    io:format("~p~n", [is_pid(L)]).
