#!/usr/bin/env escript
-module(sup_strategies).
-mode(compile).
-export([main/1, init/1, start/1]).
%% one_for_all and rest_for_one: which siblings are stopped (last started
%% first) and started again (in start order) when one child dies. A
%% temporary sibling that is stopped this way is not started again.
main(_) ->
    register(tester, self()),
    logger:set_primary_config(level, none),
    process_flag(trap_exit, true),
    [run(Strategy, Victim) || Strategy <- [one_for_all, rest_for_one],
                              Victim <- [a, c, e]],
    ok.

run(Strategy, Victim) ->
    {ok, Sup} = supervisor:start_link(?MODULE, Strategy),
    _ = events(),
    [{Victim, Pid}] = [{Id, P} || {Id, P, _, _} <- supervisor:which_children(Sup), Id =:= Victim],
    exit(Pid, kill),
    wait_started(Sup),
    io:format("~p, ~p killed: ~p~n", [Strategy, Victim, events()]),
    io:format("  children: ~p~n", [[Id || {Id, _, _, _} <- supervisor:which_children(Sup)]]),
    Ref = monitor(process, Sup),
    exit(Sup, shutdown),
    receive {'DOWN', Ref, _, _, Why} -> io:format("  sup down: ~p~n", [Why]) end,
    io:format("  stopped: ~p~n", [events()]).

%% The last child to be started again is the last one that is not temporary.
wait_started(Sup) ->
    Last = lists:last([Id || {Id, P, _, _} <- lists:reverse(supervisor:which_children(Sup)),
                             is_pid(P), Id =/= d]),
    receive {event, {start, Last}} = E -> self() ! E end,
    logger_std_h:filesync(default).

events() ->
    receive {event, E} -> [E | events()] after 0 -> [] end.

init(Strategy) ->
    {ok, {#{strategy => Strategy, intensity => 5, period => 10},
          [#{id => Id, start => {?MODULE, start, [Id]},
             restart => case Id of d -> temporary; _ -> permanent end}
           || Id <- [a, b, c, d, e]]}}.

start(Id) ->
    tester ! {event, {start, Id}},
    {ok, spawn_link(fun() ->
                            process_flag(trap_exit, true),
                            receive {'EXIT', _, R} -> tester ! {event, {stop, Id, R}}, exit(R) end
                    end)}.
