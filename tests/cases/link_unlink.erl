#!/usr/bin/env escript
-module(link_unlink).
-mode(compile).
-export([main/1]).
main(_) ->
    Me = self(),
    {Mid, R} = spawn_monitor(fun() ->
        C = spawn_link(fun() -> receive go -> exit(crash) end end),
        Me ! {unlink, unlink(C)},
        Cm = monitor(process, C),
        C ! go,
        receive {'DOWN', Cm, process, C, W} -> Me ! {child_down, W} end,
        receive stop -> ok end
    end),
    receive {unlink, U} -> io:format("unlink: ~p~n", [U]) end,
    receive {child_down, W} -> io:format("child: ~p~n", [W]) end,
    io:format("middle survived: ~p~n", [is_process_alive(Mid)]),
    Mid ! stop,
    receive {'DOWN', R, process, Mid, W2} -> io:format("middle: ~p~n", [W2]) end,
    P = spawn(fun() -> receive stop -> ok end end),
    io:format("unlink unlinked: ~p~n", [unlink(P)]),
    link(P),
    io:format("~p~n", [unlink(P)]),
    io:format("~p~n", [unlink(P)]),
    {links, L} = process_info(P, links),
    io:format("~p~n", [L]),
    process_flag(trap_exit, true),
    link(P), unlink(P),
    exit(P, kill),
    receive {'EXIT', P, _} -> io:format("wrong~n") after 50 -> io:format("no EXIT after unlink~n") end,
    {D, Rd} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', Rd, process, D, _} -> ok end,
    io:format("unlink dead: ~p~n", [unlink(D)]).
