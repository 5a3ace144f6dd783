#!/usr/bin/env escript
-module(proc_info_links).
-mode(compile).
-export([main/1]).
%% The escript main process is linked to init (<0.0.0>); leave it out.
links() ->
    {links, L} = process_info(self(), links),
    lists:delete(whereis(init), L).
main(_) ->
    {links, L0} = process_info(self(), links),
    io:format("main linked to init: ~p~n", [L0 =:= [whereis(init)]]),
    io:format("~p~n", [links()]),
    Me = self(),
    A = spawn_link(fun() -> receive stop -> ok end end),
    B = spawn(fun() -> link(Me), Me ! linked, receive stop -> ok end end),
    receive linked -> ok end,
    L = links(),
    io:format("count ~p~n", [length(L)]),
    io:format("~p~n", [lists:sort(L) =:= lists:sort([A, B])]),
    io:format("A links: ~p~n", [process_info(A, links) =:= {links, [Me]}]),
    io:format("link again: ~p~n", [link(A)]),
    L2 = links(),
    io:format("still ~p~n", [length(L2)]),
    io:format("unlink: ~p~n", [unlink(A)]),
    L3 = links(),
    io:format("~p~n", [L3 =:= [B]]),
    io:format("A links now: ~p~n", [process_info(A, links)]),
    process_flag(trap_exit, true),
    B ! stop,
    receive {'EXIT', B, normal} -> ok end,
    io:format("~p~n", [links()]),
    A ! stop.
