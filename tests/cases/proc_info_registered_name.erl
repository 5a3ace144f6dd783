#!/usr/bin/env escript
-module(proc_info_registered_name).
-mode(compile).
-export([main/1]).
main(_) ->
    io:format("~p~n", [process_info(self(), registered_name)]),
    register(the_main, self()),
    io:format("~p~n", [process_info(self(), registered_name)]),
    P = spawn(fun() -> register(the_child, self()), receive {From, q} -> From ! process_info(self(), registered_name) end end),
    R = monitor(process, P),
    P ! {self(), q},
    receive {registered_name, N} -> io:format("child says ~p~n", [N]) end,
    receive {'DOWN', R, process, P, normal} -> ok end,
    io:format("~p~n", [whereis(the_child)]),
    unregister(the_main),
    io:format("~p~n", [process_info(self(), registered_name)]),
    io:format("~p~n", [process_info(self(), [registered_name, trap_exit])]).
