#!/usr/bin/env escript
-module(proc_self).
-mode(compile).
-export([main/1]).
main(_) ->
    Me = self(),
    io:format("~p~n", [is_pid(Me)]),
    io:format("~p~n", [Me =:= self()]),
    io:format("~p~n", [is_process_alive(Me)]),
    P = spawn(fun() -> Me ! {child_self, self()} end),
    receive {child_self, C} -> io:format("child self = spawn result: ~p~n", [C =:= P]) end,
    io:format("child self /= main: ~p~n", [P =/= Me]),
    io:format("~p~n", [is_pid(list_to_pid(pid_to_list(Me)))]),
    io:format("~p~n", [list_to_pid(pid_to_list(Me)) =:= Me]),
    io:format("~p~n", [binary_to_term(term_to_binary(Me)) =:= Me]),
    io:format("~p~n", [is_pid(self) orelse is_atom(self)]).
