#!/usr/bin/env escript
-module(proc_info_dead_and_list).
-mode(compile).
-export([main/1]).
r(F) -> try F() catch C:R -> {C, R} end.
main(_) ->
    {P, R} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', R, process, P, normal} -> ok end,
    io:format("~p~n", [process_info(P, status)]),
    io:format("~p~n", [process_info(P, [status, links])]),
    io:format("~p~n", [process_info(P, registered_name)]),
    Q = spawn(fun() -> receive stop -> ok end end),
    Q ! hello,
    io:format("~p~n", [process_info(Q, [trap_exit, message_queue_len, links, registered_name, priority, messages])]),
    Q ! stop,
    io:format("~p~n", [process_info(self(), [])]),
    io:format("~p~n", [r(fun() -> process_info(self(), no_such_item) end)]),
    io:format("~p~n", [r(fun() -> process_info(not_a_pid, status) end)]),
    io:format("~p~n", [is_list(process_info(self()))]),
    io:format("~p~n", [process_info(P)]).
