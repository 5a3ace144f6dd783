#!/usr/bin/env escript
-module(sup_max_intensity).
-mode(compile).
-export([main/1, init/1, start/1]).
%% More than `intensity` restarts within `period` seconds: the supervisor
%% reports reached_max_restart_intensity, stops its other children and
%% exits with reason shutdown. Intensity 0 gives up at the first exit.
main(_) ->
    register(tester, self()),
    run(2),
    run(0),
    ok.

run(Intensity) ->
    {ok, Sup} = supervisor:start_link(?MODULE, Intensity),
    unlink(Sup),
    Ref = monitor(process, Sup),
    _ = events(),
    kill_until_down(Sup, Ref, 1),
    io:format("events: ~p~n", [events()]).

kill_until_down(Sup, Ref, N) ->
    [Pid] = [P || {a, P, _, _} <- supervisor:which_children(Sup)],
    exit(Pid, {crash, N}),
    receive
        {event, {start, a}} ->
            logger_std_h:filesync(default),
            io:format("crash ~p: restarted~n", [N]),
            kill_until_down(Sup, Ref, N + 1);
        {'DOWN', Ref, process, Sup, Reason} ->
            logger_std_h:filesync(default),
            io:format("crash ~p: supervisor down: ~p~n", [N, Reason])
    end.

events() ->
    receive {event, E} -> [E | events()] after 0 -> [] end.

init(Intensity) ->
    {ok, {{one_for_one, Intensity, 3600},
          [{Id, {?MODULE, start, [Id]}, permanent, 1000, worker, []} || Id <- [a, b]]}}.

start(Id) ->
    tester ! {event, {start, Id}},
    {ok, spawn_link(fun() ->
                            process_flag(trap_exit, true),
                            receive {'EXIT', _, R} -> tester ! {event, {stop, Id, R}}, exit(R) end
                    end)}.
