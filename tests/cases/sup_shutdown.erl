#!/usr/bin/env escript
-module(sup_shutdown).
-mode(compile).
-export([main/1, init/1, start/2]).
%% The shutdown protocol when the supervisor stops: children are stopped
%% last started first; a child that ignores `shutdown` is killed after its
%% timeout (shutdown_error, reason killed); brutal_kill kills at once; a
%% child that exits with another reason gets a shutdown_error report.
main(_) ->
    register(tester, self()),
    process_flag(trap_exit, true),
    {ok, Sup} = supervisor:start_link(?MODULE, []),
    _ = events(),
    Terminated = supervisor:terminate_child(Sup, stubborn),
    logger_std_h:filesync(default),
    io:format("terminate_child(stubborn): ~p~n", [Terminated]),
    io:format("events: ~p~n", [events()]),
    io:format("children: ~p~n", [[{Id, is_pid(P)} || {Id, P, _, _} <- supervisor:which_children(Sup)]]),
    io:format("terminate_child(nope): ~p~n", [supervisor:terminate_child(Sup, nope)]),
    {ok, _} = supervisor:restart_child(Sup, stubborn),
    _ = events(),
    Ref = monitor(process, Sup),
    exit(Sup, shutdown),
    receive {'DOWN', Ref, process, Sup, Reason} -> logger_std_h:filesync(default), io:format("supervisor down: ~p~n", [Reason]) end,
    io:format("events: ~p~n", [events()]),
    ok.

events() ->
    receive {event, E} -> [E | events()] after 0 -> [] end.

init([]) ->
    {ok, {#{},
          [#{id => polite, start => {?MODULE, start, [polite, polite]}},
           #{id => stubborn, start => {?MODULE, start, [stubborn, stubborn]}, shutdown => 100},
           #{id => brutal, start => {?MODULE, start, [brutal, stubborn]}, shutdown => brutal_kill},
           #{id => odd, start => {?MODULE, start, [odd, odd]}, shutdown => infinity},
           #{id => trans, start => {?MODULE, start, [trans, normal]}, restart => transient}]}}.

start(Id, How) ->
    tester ! {event, {start, Id}},
    {ok, spawn_link(fun() -> process_flag(trap_exit, true), child(Id, How) end)}.

child(Id, How) ->
    receive
        {'EXIT', _, Reason} ->
            tester ! {event, {got, Id, Reason}},
            case How of
                polite -> exit(Reason);
                stubborn -> child(Id, How);
                odd -> exit({odd, Reason});
                normal -> exit(normal)
            end
    end.
