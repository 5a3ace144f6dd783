#!/usr/bin/env escript
-module(mon_demonitor).
-mode(compile).
-export([main/1]).
main(_) ->
    P = spawn(fun() -> receive stop -> ok end end),
    R = monitor(process, P),
    io:format("~p~n", [demonitor(R)]),
    io:format("again: ~p~n", [demonitor(R)]),
    Rx = monitor(process, P),
    P ! stop,
    receive {'DOWN', Rx, process, P, _} -> ok end,
    receive {'DOWN', R, _, _, _} -> io:format("wrong~n") after 0 -> io:format("no DOWN for removed monitor~n") end,
    io:format("after down: ~p~n", [demonitor(Rx)]),
    io:format("unknown ref: ~p~n", [demonitor(make_ref())]),
    io:format("~p~n", [process_info(self(), monitors)]),
    {Q, Rq} = spawn_monitor(fun() -> ok end),
    Rq2 = monitor(process, Q),
    receive {'DOWN', Rq, process, Q, normal} -> ok end,
    io:format("demonitor/1 leaves the DOWN: ~p~n", [demonitor(Rq2)]),
    receive {'DOWN', Rq2, process, Q, W} -> io:format("still queued: ~p~n", [W]) after 0 -> io:format("gone~n") end.
