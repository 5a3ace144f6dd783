#!/usr/bin/env escript
-module(proc_register_errors).
-mode(compile).
-export([main/1]).
r(F) -> try F() catch C:R -> {C, R} end.
main(_) ->
    Me = self(),
    P = spawn(fun() -> receive stop -> ok end end),
    io:format("~p~n", [r(fun() -> register(reg_a, P) end)]),
    io:format("name taken: ~p~n", [r(fun() -> register(reg_a, Me) end)]),
    io:format("already named: ~p~n", [r(fun() -> register(reg_b, P) end)]),
    io:format("undefined: ~p~n", [r(fun() -> register(undefined, Me) end)]),
    io:format("not atom: ~p~n", [r(fun() -> register("name", Me) end)]),
    io:format("not pid: ~p~n", [r(fun() -> register(reg_c, not_a_pid) end)]),
    io:format("unregister unknown: ~p~n", [r(fun() -> unregister(reg_unknown) end)]),
    {D, Ref} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', Ref, process, D, _} -> ok end,
    io:format("dead pid: ~p~n", [r(fun() -> register(reg_dead, D) end)]),
    io:format("whereis: ~p~n", [whereis(reg_dead)]),
    R2 = monitor(process, P),
    P ! stop,
    receive {'DOWN', R2, process, P, _} -> ok end,
    io:format("name freed on exit: ~p~n", [whereis(reg_a)]),
    io:format("reuse: ~p~n", [r(fun() -> register(reg_a, Me) end)]),
    io:format("~p~n", [whereis(reg_a) =:= Me]).
