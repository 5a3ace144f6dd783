#!/usr/bin/env escript
-module(link_exit_normal_no_trap).
-mode(compile).
-export([main/1]).
%% A middle process links to a child that exits normally; the middle
%% process (not trapping) survives and gets no message.
main(_) ->
    Me = self(),
    {Mid, R} = spawn_monitor(fun() ->
        C = spawn_link(fun() -> exit(normal) end),
        Cm = monitor(process, C),
        receive {'DOWN', Cm, process, C, Why} -> Me ! {child_down, Why} end,
        Q = receive M -> {msg, M} after 50 -> no_msg end,
        Me ! {mid_alive, Q},
        receive stop -> ok end
    end),
    receive {child_down, W} -> io:format("child: ~p~n", [W]) end,
    receive {mid_alive, Q} -> io:format("middle alive, ~p~n", [Q]) end,
    io:format("~p~n", [is_process_alive(Mid)]),
    Mid ! stop,
    receive {'DOWN', R, process, Mid, W2} -> io:format("middle: ~p~n", [W2]) end,
    C2 = spawn_link(fun() -> ok end),
    M2 = monitor(process, C2),
    receive {'DOWN', M2, process, C2, W3} -> io:format("main's child: ~p~n", [W3]) end,
    io:format("main alive~n").
