#!/usr/bin/env escript
-module(proc_info_trap_exit).
-mode(compile).
-export([main/1]).
main(_) ->
    io:format("~p~n", [process_info(self(), trap_exit)]),
    io:format("old: ~p~n", [process_flag(trap_exit, true)]),
    io:format("~p~n", [process_info(self(), trap_exit)]),
    io:format("old: ~p~n", [process_flag(trap_exit, true)]),
    io:format("old: ~p~n", [process_flag(trap_exit, false)]),
    io:format("~p~n", [process_info(self(), trap_exit)]),
    Me = self(),
    P = spawn(fun() -> process_flag(trap_exit, true), Me ! set, receive stop -> ok end end),
    receive set -> ok end,
    io:format("child: ~p~n", [process_info(P, trap_exit)]),
    Q = spawn(fun() -> receive stop -> ok end end),
    io:format("other: ~p~n", [process_info(Q, trap_exit)]),
    P ! stop, Q ! stop.
