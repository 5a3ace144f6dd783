#!/usr/bin/env escript
-module(link_exit_self).
-mode(compile).
-export([main/1]).
down({P, R}) -> receive {'DOWN', R, process, P, W} -> W end.
main(_) ->
    Me = self(),
    io:format("~p~n", [down(spawn_monitor(fun() -> exit(self(), foo), Me ! not_reached end))]),
    io:format("~p~n", [down(spawn_monitor(fun() -> exit(self(), normal), Me ! not_reached end))]),
    io:format("~p~n", [down(spawn_monitor(fun() -> exit(self(), kill), Me ! not_reached end))]),
    io:format("~p~n", [down(spawn_monitor(fun() ->
        process_flag(trap_exit, true),
        exit(self(), foo),
        receive {'EXIT', From, Why} -> Me ! {trapped_self, From =:= self(), Why} end
    end))]),
    receive {trapped_self, S, W} -> io:format("trapped own signal: ~p ~p~n", [S, W]) end,
    io:format("~p~n", [down(spawn_monitor(fun() ->
        process_flag(trap_exit, true),
        exit(self(), kill),
        Me ! not_reached
    end))]),
    receive not_reached -> io:format("wrong~n") after 0 -> io:format("ok~n") end.
