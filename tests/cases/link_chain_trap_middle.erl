#!/usr/bin/env escript
-module(link_chain_trap_middle).
-mode(compile).
-export([main/1]).
%% Chain A - B - C. B traps exits; C crashes. B gets a message, A survives.
main(_) ->
    Me = self(),
    {A, Ra} = spawn_monitor(fun() ->
        B = spawn_link(fun() ->
            process_flag(trap_exit, true),
            C = spawn_link(fun() -> receive go -> exit(c_failed) end end),
            Me ! {c, C},
            receive {'EXIT', C, Why} -> Me ! {b_trapped, Why} end,
            receive stop -> exit(b_stopped) end
        end),
        Me ! {b, B},
        receive after infinity -> ok end
    end),
    receive {b, B} -> ok end,
    receive {c, C} -> ok end,
    C ! go,
    receive {b_trapped, W} -> io:format("B trapped: ~p~n", [W]) end,
    io:format("A alive: ~p, B alive: ~p~n", [is_process_alive(A), is_process_alive(B)]),
    B ! stop,
    receive {'DOWN', Ra, process, A, Wa} -> io:format("A: ~p~n", [Wa]) end.
