#!/usr/bin/env escript
-module(link_parent_dies).
-mode(compile).
-export([main/1]).
%% Links are bidirectional: when the parent dies abnormally, a linked
%% child that does not trap exits dies too; a trapping child gets a message.
main(_) ->
    Me = self(),
    {Parent, Rp} = spawn_monitor(fun() ->
        C1 = spawn_link(fun() -> receive after infinity -> ok end end),
        C2 = spawn_link(fun() ->
            process_flag(trap_exit, true),
            Me ! c2_ready,
            receive {'EXIT', _, Why} -> Me ! {c2_trapped, Why} end
        end),
        Me ! {children, C1, C2},
        receive go -> exit(parent_gone) end
    end),
    {C1, C2} = receive {children, A1, A2} -> {A1, A2} end,
    receive c2_ready -> ok end,
    R1 = monitor(process, C1),
    Parent ! go,
    receive {'DOWN', Rp, process, Parent, W} -> io:format("parent: ~p~n", [W]) end,
    receive {'DOWN', R1, process, C1, W1} -> io:format("child 1: ~p~n", [W1]) end,
    receive {c2_trapped, W2} -> io:format("child 2 trapped: ~p~n", [W2]) end,
    io:format("~p~n", [is_pid(C2)]).
