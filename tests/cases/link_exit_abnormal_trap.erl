#!/usr/bin/env escript
-module(link_exit_abnormal_trap).
-mode(compile).
-export([main/1]).
main(_) ->
    process_flag(trap_exit, true),
    P = spawn_link(fun() -> exit(boom) end),
    receive {'EXIT', P, R1} -> io:format("~p~n", [R1]) end,
    P2 = spawn_link(fun() -> exit({shutdown, details}) end),
    receive {'EXIT', P2, R2} -> io:format("~p~n", [R2]) end,
    P3 = spawn_link(fun() -> exit(shutdown) end),
    receive {'EXIT', P3, R3} -> io:format("~p~n", [R3]) end,
    P4 = spawn_link(fun() -> exit([1, {two}, "three"]) end),
    receive {'EXIT', P4, R4} -> io:format("~p~n", [R4]) end,
    P5 = spawn_link(fun() -> exit(normal) end),
    receive {'EXIT', P5, R5} -> io:format("~p~n", [R5]) end,
    P6 = spawn_link(fun() -> ok end),
    receive {'EXIT', P6, R6} -> io:format("returned: ~p~n", [R6]) end,
    io:format("~p~n", [process_info(self(), message_queue_len)]).
