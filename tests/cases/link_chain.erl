#!/usr/bin/env escript
-module(link_chain).
-mode(compile).
-export([main/1]).
%% Build a chain main -> P1 -> P2 -> ... -> P5 (each spawn_links the next).
%% The last one crashes; the exit propagates along the links.
node_proc(0, Top) ->
    Top ! {last, self()},
    receive go -> exit(chain_broken) end;
node_proc(N, Top) ->
    Next = spawn_link(fun() -> node_proc(N - 1, Top) end),
    Top ! {node, N, self(), Next},
    receive after infinity -> ok end.
collect(0, Acc) -> Acc;
collect(N, Acc) -> receive {node, K, P, _} -> collect(N - 1, [{K, P} | Acc]) end.
main(_) ->
    Me = self(),
    {P5, R5} = spawn_monitor(fun() -> node_proc(5, Me) end),
    Nodes = lists:sort(collect(5, [])),
    Last = receive {last, L} -> L end,
    Mons = [{K, P, monitor(process, P)} || {K, P} <- Nodes, P =/= P5],
    LastRef = monitor(process, Last),
    Last ! go,
    receive {'DOWN', LastRef, process, Last, W0} -> io:format("last: ~p~n", [W0]) end,
    [receive {'DOWN', R, process, P, W} -> io:format("node ~p: ~p~n", [K, W]) end || {K, P, R} <- Mons],
    receive {'DOWN', R5, process, P5, W5} -> io:format("head: ~p~n", [W5]) end,
    io:format("main alive: ~p~n", [is_process_alive(self())]).
