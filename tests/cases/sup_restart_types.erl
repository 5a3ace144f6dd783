#!/usr/bin/env escript
-module(sup_restart_types).
-mode(compile).
-export([main/1, init/1, start/1]).
%% permanent, transient and temporary children exiting with normal,
%% shutdown, {shutdown, _} and abnormal reasons: restarted or not, spec
%% kept or dropped, reported or not.
main(_) ->
    register(tester, self()),
    {ok, _Sup} = supervisor:start_link({local, sup}, ?MODULE, []),
    _ = events(),
    Runs = [{perm, normal}, {perm, {shutdown, x}}, {trans, normal}, {trans, shutdown},
            {trans, {shutdown, y}}, {trans, broken}, {temp, normal}, {temp2, broken}],
    [run(Id, Reason) || {Id, Reason} <- Runs],
    io:format("restart temp: ~p~n", [supervisor:restart_child(sup, temp)]),
    io:format("restart trans: ~p~n", [supervisor:restart_child(sup, trans)]),
    io:format("count: ~p~n", [supervisor:count_children(sup)]),
    ok.

run(Id, Reason) ->
    case state(Id) of
        not_running -> io:format("  restart_child(~p): ~p~n", [Id, element(1, supervisor:restart_child(sup, Id))]);
        running -> ok
    end,
    _ = events(),
    {Id, Pid, _, _} = lists:keyfind(Id, 1, supervisor:which_children(sup)),
    Pid ! {exit, Reason},
    wait_gone(Id, Pid),
    logger_std_h:filesync(default),
    io:format("~p exits ~p: ~p, events ~p~n", [Id, Reason, state(Id), events()]).

%% Until the supervisor has seen the exit: the child is gone, has no
%% process, or has a new one.
wait_gone(Id, Pid) ->
    case lists:keyfind(Id, 1, supervisor:which_children(sup)) of
        {Id, Pid, _, _} -> timer:sleep(5), wait_gone(Id, Pid);
        _ -> ok
    end.

state(Id) ->
    case lists:keyfind(Id, 1, supervisor:which_children(sup)) of
        false -> gone;
        {Id, undefined, _, _} -> not_running;
        {Id, P, _, _} when is_pid(P) -> running
    end.

events() ->
    receive {event, E} -> [E | events()] after 0 -> [] end.

init([]) ->
    {ok, {#{strategy => one_for_one, intensity => 10, period => 10},
          [#{id => perm, start => {?MODULE, start, [perm]}},
           #{id => trans, start => {?MODULE, start, [trans]}, restart => transient},
           #{id => temp, start => {?MODULE, start, [temp]}, restart => temporary},
           #{id => temp2, start => {?MODULE, start, [temp2]}, restart => temporary}]}}.

start(Id) ->
    tester ! {event, {start, Id}},
    {ok, spawn_link(fun() -> receive {exit, R} -> exit(R) end end)}.
