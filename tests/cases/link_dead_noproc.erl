#!/usr/bin/env escript
-module(link_dead_noproc).
-mode(compile).
-export([main/1]).
r(F) -> try F() catch C:R -> {C, R} end.
main(_) ->
    {P, R} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', R, process, P, normal} -> ok end,
    io:format("not trapping: ~p~n", [r(fun() -> link(P) end)]),
    process_flag(trap_exit, true),
    io:format("trapping: ~p~n", [r(fun() -> link(P) end)]),
    receive {'EXIT', P, Why} -> io:format("message: ~p~n", [Why]) end,
    io:format("~p~n", [r(fun() -> link(not_a_pid) end)]),
    io:format("~p~n", [r(fun() -> link(self()) end)]),
    io:format("~p~n", [process_info(self(), message_queue_len)]).
