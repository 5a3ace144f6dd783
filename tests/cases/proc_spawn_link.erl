#!/usr/bin/env escript
-module(proc_spawn_link).
-mode(compile).
-export([main/1, waiter/0]).
waiter() ->
    receive stop -> ok end.
main(_) ->
    process_flag(trap_exit, true),
    P = spawn_link(fun() -> receive {From, links} -> From ! {links, process_info(self(), links)} end end),
    {links, MyLinks} = process_info(self(), links),
    io:format("main linked to child: ~p~n", [lists:member(P, MyLinks)]),
    P ! {self(), links},
    receive {links, {links, L}} -> io:format("child links = [main]: ~p~n", [L =:= [self()]]) end,
    Q = spawn_link(?MODULE, waiter, []),
    {links, L2} = process_info(Q, links),
    io:format("waiter links: ~p~n", [L2 =:= [self()]]),
    Q ! stop,
    receive {'EXIT', Q, Why} -> io:format("waiter exited: ~p~n", [Why]) end,
    receive {'EXIT', P, Why2} -> io:format("child exited: ~p~n", [Why2]) end,
    {links, L3} = process_info(self(), links),
    io:format("links left (besides init): ~p~n", [lists:delete(whereis(init), L3)]).
