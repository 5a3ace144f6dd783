#!/usr/bin/env escript
-module(sup_simple_shutdown).
-mode(compile).
-export([main/1, init/1, start/1]).
%% Stopping a simple_one_for_one supervisor stops all children at once;
%% the ones that do not stop in time are killed and reported together
%% (one shutdown_error per exit reason, offender with nb_children).
main(_) ->
    register(tester, self()),
    process_flag(trap_exit, true),
    [run(Shutdown) || Shutdown <- [200, brutal_kill, infinity]],
    ok.

run(Shutdown) ->
    {ok, Sup} = supervisor:start_link(?MODULE, Shutdown),
    Kinds = case Shutdown of
                infinity -> [polite, polite, odd];
                _ -> [polite, stubborn, stubborn, polite, odd]
            end,
    [{ok, _} = supervisor:start_child(Sup, [K]) || K <- Kinds],
    Ref = monitor(process, Sup),
    exit(Sup, shutdown),
    receive {'DOWN', Ref, _, _, R} -> logger_std_h:filesync(default), io:format("~p: down ~p~n", [Shutdown, R]) end,
    io:format("  events: ~p~n", [lists:sort(events())]),
    receive {'EXIT', Sup, _} -> ok end.

events() ->
    receive {event, E} -> [E | events()] after 0 -> [] end.

init(Shutdown) ->
    {ok, {#{strategy => simple_one_for_one},
          [#{id => w, start => {?MODULE, start, []}, shutdown => Shutdown, restart => transient}]}}.

start(Kind) ->
    {ok, spawn_link(fun() -> process_flag(trap_exit, true), child(Kind) end)}.

child(Kind) ->
    receive
        {'EXIT', _, R} ->
            tester ! {event, {Kind, R}},
            case Kind of
                polite -> exit(R);
                stubborn -> child(Kind);
                odd -> exit(odd)
            end
    end.
