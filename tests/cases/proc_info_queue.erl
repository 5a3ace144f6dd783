#!/usr/bin/env escript
-module(proc_info_queue).
-mode(compile).
-export([main/1]).
main(_) ->
    io:format("~p~n", [process_info(self(), message_queue_len)]),
    io:format("~p~n", [process_info(self(), messages)]),
    self() ! a, self() ! {b, 2}, self() ! "c",
    io:format("~p~n", [process_info(self(), message_queue_len)]),
    io:format("~p~n", [process_info(self(), messages)]),
    receive {b, _} -> ok end,
    io:format("~p~n", [process_info(self(), [message_queue_len, messages])]),
    Me = self(),
    P = spawn(fun() -> receive go -> ok end, Me ! done end),
    P ! one, P ! two, P ! three,
    io:format("~p~n", [process_info(P, message_queue_len)]),
    io:format("~p~n", [process_info(P, messages)]),
    P ! go,
    receive done -> ok end,
    io:format("main queue: ~p~n", [process_info(self(), messages)]).
