#!/usr/bin/env escript
-module(link_exit_kill).
-mode(compile).
-export([main/1]).
main(_) ->
    Me = self(),
    {P, R} = spawn_monitor(fun() -> receive after infinity -> ok end end),
    io:format("~p~n", [exit(P, kill)]),
    receive {'DOWN', R, process, P, W} -> io:format("plain: ~p~n", [W]) end,
    {T, R2} = spawn_monitor(fun() ->
        process_flag(trap_exit, true), Me ! ready,
        receive M -> Me ! {trapped, M} end
    end),
    receive ready -> ok end,
    exit(T, kill),
    receive {'DOWN', R2, process, T, W2} -> io:format("trapping: ~p~n", [W2]) end,
    receive {trapped, _} -> io:format("wrong~n") after 0 -> io:format("kill cannot be trapped~n") end,
    process_flag(trap_exit, true),
    L = spawn_link(fun() -> receive after infinity -> ok end end),
    exit(L, kill),
    receive {'EXIT', L, W3} -> io:format("linked sees: ~p~n", [W3]) end,
    {K, R4} = spawn_monitor(fun() ->
        process_flag(trap_exit, true), Me ! ready,
        receive M -> Me ! {trapped, M} end
    end),
    receive ready -> ok end,
    exit(K, killed),
    receive {trapped, {'EXIT', _, Why}} -> io:format("killed is trappable: ~p~n", [Why]) end,
    receive {'DOWN', R4, process, K, W4} -> io:format("~p~n", [W4]) end.
