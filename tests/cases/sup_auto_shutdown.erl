#!/usr/bin/env escript
-module(sup_auto_shutdown).
-mode(compile).
-export([main/1, init/1, start/1]).
%% auto_shutdown with significant children: any_significant stops the
%% supervisor when one significant child ends; all_significant when the
%% last one does; a non-significant child never triggers it.
main(_) ->
    process_flag(trap_exit, true),
    run(any_significant, [plain, sig1]),
    run(all_significant, [plain, sig1, sig2]),
    run(all_significant, [sig2, sig1]),
    run(never, [plain]),
    ok.

run(Mode, Victims) ->
    {ok, Sup} = supervisor:start_link(?MODULE, Mode),
    Ref = monitor(process, Sup),
    io:format("~p:~n", [Mode]),
    lists:foreach(fun(Id) -> stop_child(Sup, Ref, Id) end, Victims),
    case is_process_alive(Sup) of
        true ->
            io:format("  still up: ~p~n", [[Id || {Id, P, _, _} <- supervisor:which_children(Sup), is_pid(P)]]),
            exit(Sup, shutdown),
            receive {'DOWN', Ref, _, _, _} -> ok end;
        false ->
            ok
    end,
    flush().

stop_child(Sup, Ref, Id) ->
    case is_process_alive(Sup) of
        false -> ok;
        true ->
            {Id, Pid, _, _} = lists:keyfind(Id, 1, supervisor:which_children(Sup)),
            Pid ! stop,
            wait(Sup, Ref, Id, Pid)
    end.

wait(Sup, Ref, Id, Pid) ->
    receive
        {'DOWN', Ref, process, Sup, Reason} ->
            io:format("  ~p ended: supervisor down: ~p~n", [Id, Reason])
    after 5 ->
            case catch supervisor:which_children(Sup) of
                {'EXIT', _} -> wait(Sup, Ref, Id, Pid);  % it is going down
                Children ->
                    case lists:keyfind(Id, 1, Children) of
                        {Id, Pid, _, _} -> wait(Sup, Ref, Id, Pid);
                        _ -> io:format("  ~p ended: supervisor still running~n", [Id])
                    end
            end
    end.

flush() ->
    receive {'EXIT', _, _} -> flush() after 0 -> ok end.

init(Mode) ->
    Sig = fun(Id) -> #{id => Id, start => {?MODULE, start, [Id]}, restart => transient,
                       significant => Mode =/= never} end,
    {ok, {#{auto_shutdown => Mode},
          [#{id => plain, start => {?MODULE, start, [plain]}, restart => transient},
           Sig(sig1), Sig(sig2)]}}.

start(_Id) ->
    {ok, spawn_link(fun() -> receive stop -> ok end end)}.
