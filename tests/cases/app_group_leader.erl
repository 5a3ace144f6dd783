#!/usr/bin/env escript
%% The application master is the group leader of an application's
%% processes: they find their application, its parameters and keys
%% through it, and every one of them is killed when the application
%% stops, linked or not.
-module(app_group_leader).
-mode(compile).
-export([main/1, start/2, stop/1, top/1, worker/1]).

main(_) ->
    register(gl_main, self()),
    ok = application:load({application, gl_app,
                           [{vsn, "3"}, {modules, [?MODULE]},
                            {mod, {?MODULE, gl_main}}, {env, [{k, v}]}]}),
    ok = application:start(gl_app),
    Top = receive {top, T} -> T end,
    Worker = receive {worker, W} -> W end,
    Loner = receive {loner, L} -> L end,
    show(group_leader() =:= element(2, process_info(Top, group_leader))),
    show(element(2, process_info(Top, group_leader)) =:= element(2, process_info(Loner, group_leader))),
    [show(application:get_application(P)) || P <- [Top, Worker, Loner, self()]],
    show(application:get_application(?MODULE)),
    Worker ! {ask, self()},
    receive {answers, As} -> [show(A) || A <- As] end,
    %% A process moved to another group leader leaves the application.
    group_leader(self(), Worker),
    show(application:get_application(Worker)),
    group_leader(element(2, process_info(Top, group_leader)), Worker),
    Refs = [monitor(process, P) || P <- [Top, Worker, Loner]],
    ok = application:stop(gl_app),
    Downs = [receive {'DOWN', R, process, _, Why} -> Why end || R <- Refs],
    timer:sleep(200),
    show(Downs),
    ok.

start(normal, Main) ->
    Top = spawn_link(?MODULE, top, [whereis(Main)]),
    {ok, Top}.

stop(_) -> ok.

top(Main) ->
    Main ! {top, self()},
    Worker = spawn_link(?MODULE, worker, [Main]),
    Main ! {worker, Worker},
    %% Not linked to anything: only the group leader ties it to the app.
    Loner = spawn(fun() -> receive never -> ok end end),
    Main ! {loner, Loner},
    receive never -> ok end.

worker(_Main) ->
    receive
        {ask, From} ->
            From ! {answers, [application:get_application(),
                              application:get_env(k),
                              application:get_env(nokey),
                              application:get_all_env(),
                              application:get_key(vsn),
                              application:get_key(mod),
                              lists:keyfind(vsn, 1, element(2, application:get_all_key())),
                              application:start_type()]}
    end,
    receive never -> ok end.

show(X) -> io:format("~p~n", [X]).
