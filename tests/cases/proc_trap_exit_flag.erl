#!/usr/bin/env escript
-module(proc_trap_exit_flag).
-mode(compile).
-export([main/1]).
r(F) -> try F() catch C:R -> {C, R} end.
main(_) ->
    io:format("~p~n", [process_flag(trap_exit, true)]),
    P = spawn_link(fun() -> exit(because) end),
    receive {'EXIT', P, Why} -> io:format("trapped ~p~n", [Why]) end,
    io:format("~p~n", [process_flag(trap_exit, false)]),
    io:format("~p~n", [r(fun() -> process_flag(trap_exit, maybe) end)]),
    io:format("~p~n", [r(fun() -> process_flag(no_such_flag, true) end)]),
    io:format("priority ~p~n", [process_flag(priority, high)]),
    io:format("priority ~p~n", [process_flag(priority, normal)]),
    Me = self(),
    Q = spawn(fun() ->
                      Old = process_flag(trap_exit, true),
                      S = spawn_link(fun() -> exit(inner) end),
                      receive {'EXIT', S, W} -> Me ! {child, Old, W} end
              end),
    receive {child, Old, W} -> io:format("child old ~p got ~p~n", [Old, W]) end,
    io:format("~p~n", [is_pid(Q)]).
