#!/usr/bin/env escript
-module(mon_basic).
-mode(compile).
-export([main/1]).
main(_) ->
    P = spawn(fun() -> receive stop -> ok end end),
    R = monitor(process, P),
    io:format("~p~n", [is_reference(R)]),
    R2 = erlang:monitor(process, P),
    io:format("distinct refs: ~p~n", [R =/= R2]),
    P ! stop,
    receive {'DOWN', R, process, P, W} -> io:format("first: ~p~n", [W]) end,
    receive {'DOWN', R2, process, P, W2} -> io:format("second: ~p~n", [W2]) end,
    {Q, Rq} = spawn_monitor(fun() -> exit({bad, thing}) end),
    receive {'DOWN', Rq, Type, Obj, Info} -> io:format("~p ~p ~p~n", [Type, Obj =:= Q, Info]) end,
    io:format("~p~n", [process_info(self(), messages)]).
