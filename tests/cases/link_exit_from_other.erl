#!/usr/bin/env escript
-module(link_exit_from_other).
-mode(compile).
-export([main/1]).
%% exit/2 sent by a third process, and exit signals to unlinked processes.
main(_) ->
    Me = self(),
    {Victim, R} = spawn_monitor(fun() -> receive after infinity -> ok end end),
    spawn(fun() -> exit(Victim, from_third) end),
    receive {'DOWN', R, process, Victim, W} -> io:format("victim: ~p~n", [W]) end,
    T = spawn(fun() ->
        process_flag(trap_exit, true),
        Me ! ready,
        receive {'EXIT', From, Why} -> Me ! {got, is_pid(From), From =/= Me, Why} end
    end),
    receive ready -> ok end,
    spawn(fun() -> exit(T, {custom, reason}) end),
    receive {got, IsPid, NotMain, Why} -> io:format("trapped: ~p ~p ~p~n", [IsPid, NotMain, Why]) end,
    io:format("exit/2 on dead pid: ~p~n", [exit(Victim, again)]).
