#!/usr/bin/env escript
-module(link_exit_signal_normal).
-mode(compile).
-export([main/1]).
%% exit(Pid, normal) is ignored by a non-trapping process; a trapping
%% process receives {'EXIT', From, normal}.
main(_) ->
    Me = self(),
    P = spawn(fun() -> receive {From, ping} -> From ! pong end end),
    io:format("~p~n", [exit(P, normal)]),
    P ! {Me, ping},
    receive pong -> io:format("still alive after exit(P, normal)~n") end,
    T = spawn(fun() ->
        process_flag(trap_exit, true),
        Me ! trapping,
        receive {'EXIT', From, Why} -> Me ! {trapped, From =:= Me, Why} end
    end),
    receive trapping -> ok end,
    exit(T, normal),
    receive {trapped, FromMain, W1} -> io:format("trapped: ~p ~p~n", [FromMain, W1]) end,
    T2 = spawn(fun() ->
        process_flag(trap_exit, true),
        Me ! trapping,
        receive {'EXIT', From, Why} -> Me ! {trapped, From =:= Me, Why} end
    end),
    receive trapping -> ok end,
    exit(T2, some_reason),
    receive {trapped, F2, W2} -> io:format("trapped: ~p ~p~n", [F2, W2]) end,
    {P3, R3} = spawn_monitor(fun() -> receive after infinity -> ok end end),
    exit(P3, some_reason),
    receive {'DOWN', R3, process, P3, W3} -> io:format("not trapping: ~p~n", [W3]) end.
