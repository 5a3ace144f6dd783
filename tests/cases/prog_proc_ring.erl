#!/usr/bin/env escript
-module(prog_proc_ring).
-mode(compile).
-export([main/1]).
%% 100 processes in a ring; a token goes round 10 times, each hop adds 1.
ring_node(Next) ->
    receive
        {token, Hops, Main} -> Next ! {token, Hops + 1, Main}, ring_node(Next);
        stop -> Next ! stop
    end.
start_node(Parent) ->
    receive {next, Next} -> Parent ! linked_up, ring_node(Next) end.
main(_) ->
    N = 100, Rounds = 10,
    Me = self(),
    Pids = [spawn(fun() -> start_node(Me) end) || _ <- lists:seq(1, N)],
    Nexts = tl(Pids) ++ [self()],
    [P ! {next, Nx} || {P, Nx} <- lists:zip(Pids, Nexts)],
    [receive linked_up -> ok end || _ <- Pids],
    io:format("~p distinct processes~n", [length(lists:usort(Pids))]),
    First = hd(Pids),
    Final = lists:foldl(fun(Round, Hops) ->
                                First ! {token, Hops, Me},
                                receive {token, H, Me} ->
                                        io:format("round ~p: ~p hops~n", [Round, H]),
                                        H
                                end
                        end, 0, lists:seq(1, Rounds)),
    io:format("total hops ~p (expected ~p)~n", [Final, N * Rounds]),
    Mons = [monitor(process, P) || P <- Pids],
    First ! stop,
    receive stop -> ok end,
    [receive {'DOWN', R, process, _, normal} -> ok end || R <- Mons],
    io:format("all stopped: ~p~n", [lists:all(fun(P) -> not is_process_alive(P) end, Pids)]).
