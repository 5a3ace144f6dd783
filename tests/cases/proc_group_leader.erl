#!/usr/bin/env escript
-module(proc_group_leader).
-mode(compile).
-export([main/1]).
main(_) ->
    GL = group_leader(),
    io:format("~p~n", [is_pid(GL)]),
    io:format("~p~n", [GL =/= self()]),
    Me = self(),
    spawn(fun() -> Me ! {gl, group_leader()} end),
    receive {gl, G2} -> io:format("inherited: ~p~n", [G2 =:= GL]) end,
    {_, R} = spawn_monitor(fun() -> io:format("printed from child~n") end),
    receive {'DOWN', R, process, _, normal} -> ok end,
    io:format("~p~n", [is_process_alive(GL)]).
