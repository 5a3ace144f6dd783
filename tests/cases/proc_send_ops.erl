#!/usr/bin/env escript
-module(proc_send_ops).
-mode(compile).
-export([main/1]).
flush() -> receive M -> [M | flush()] after 0 -> [] end.
main(_) ->
    R1 = self() ! hello,
    io:format("! returns ~p~n", [R1]),
    R2 = erlang:send(self(), {tuple, 1}),
    io:format("send returns ~p~n", [R2]),
    R3 = self() ! self() ! chained,
    io:format("chained returns ~p~n", [R3]),
    Me = self(),
    P = spawn(fun() -> receive {From, X} -> From ! {reply, X * 10} end end),
    P ! {Me, 4},
    receive {reply, V} -> io:format("reply ~p~n", [V]) end,
    erlang:send(self(), last, []),
    io:format("~p~n", [flush()]),
    Pids = [self(), self()],
    [Pid ! {via_list, I} || {I, Pid} <- lists:zip([1, 2], Pids)],
    io:format("~p~n", [flush()]).
