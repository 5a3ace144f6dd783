#!/usr/bin/env escript
-module(proc_spawn_node).
-mode(compile).
-export([main/1, echo/1]).
echo(Parent) ->
    Parent ! {echo, node() =:= node(Parent)}.
main(_) ->
    Me = self(),
    io:format("~p~n", [node()]),
    io:format("~p~n", [node(Me)]),
    P = spawn(node(), fun() -> Me ! {fun2, self()} end),
    receive {fun2, Q} -> io:format("spawn/2 ~p~n", [P =:= Q]) end,
    P2 = spawn(node(), ?MODULE, echo, [Me]),
    io:format("~p~n", [is_pid(P2)]),
    receive {echo, Same} -> io:format("spawn/4 same node ~p~n", [Same]) end,
    P3 = spawn_link(node(), fun() -> Me ! linked_fun2 end),
    receive linked_fun2 -> io:format("spawn_link/2 ~p~n", [is_pid(P3)]) end.
