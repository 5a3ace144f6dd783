#!/usr/bin/env escript
-module(mon_and_link_together).
-mode(compile).
-export([main/1]).
main(_) ->
    process_flag(trap_exit, true),
    P = spawn_link(fun() -> receive go -> exit(both_ways) end end),
    R = monitor(process, P),
    P ! go,
    receive {'DOWN', R, process, P, W1} -> io:format("DOWN ~p~n", [W1]) end,
    receive {'EXIT', P, W2} -> io:format("EXIT ~p~n", [W2]) end,
    Me = self(),
    P2 = spawn(fun() -> receive {watch, Who} -> monitor(process, Who), Me ! watching end,
                        receive {'DOWN', _, process, _, W} -> Me ! {peer_down, W} end end),
    {P3, R3} = spawn_monitor(fun() -> receive go -> exit(peer_reason) end end),
    P2 ! {watch, P3},
    receive watching -> ok end,
    P3 ! go,
    receive {'DOWN', R3, process, P3, W3} -> io:format("main saw ~p~n", [W3]) end,
    receive {peer_down, W4} -> io:format("peer saw ~p~n", [W4]) end.
