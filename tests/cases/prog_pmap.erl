#!/usr/bin/env escript
-module(prog_pmap).
-mode(compile).
-export([main/1]).
pmap(F, L) ->
    Me = self(),
    Refs = [begin
                Ref = make_ref(),
                spawn(fun() -> Me ! {Ref, F(X)} end),
                Ref
            end || X <- L],
    [receive {Ref, V} -> V end || Ref <- Refs].
fib(0) -> 0;
fib(1) -> 1;
fib(N) -> fib(N - 1) + fib(N - 2).
main(_) ->
    io:format("~p~n", [pmap(fun(X) -> X * X end, lists:seq(1, 20))]),
    io:format("~p~n", [pmap(fun fib/1, lists:seq(20, 1, -1))]),
    io:format("~p~n", [pmap(fun(X) -> timer:sleep(50 - X * 10), X end, [1, 2, 3, 4])]),
    io:format("~p~n", [pmap(fun lists:reverse/1, [[1, 2], "abc", []])]),
    io:format("~p~n", [pmap(fun(X) -> X end, [])]),
    io:format("~p~n", [process_info(self(), message_queue_len)]).
