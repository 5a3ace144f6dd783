#!/usr/bin/env escript
%% The usual shape: start/2 starts a top supervisor with a gen_server
%% child. The master knows the top supervisor (what release handling
%% asks for), and stopping the application shuts the tree down in order.
-module(app_supervision_tree).
-mode(compile).
-behaviour(application).
-export([main/1, start/2, stop/1, init/1, handle_call/3, handle_cast/2, terminate/2]).

main(_) ->
    ok = application:load({application, st_app,
                           [{vsn, "2.0"}, {registered, [st_sup, st_server]},
                            {mod, {?MODULE, []}}, {env, [{greeting, hello}]}]}),
    ok = application:start(st_app),
    Master = application_controller:get_master(st_app),
    show(is_pid(Master)),
    show(application_master:get_child(Master) =:= {whereis(st_sup), ?MODULE}),
    show(application_controller:get_master(kernel_not_here)),
    show(gen_server:call(st_server, greeting)),
    show([Id || {Id, _, _, _} <- supervisor:which_children(st_sup)]),
    Refs = [monitor(process, whereis(N)) || N <- [st_sup, st_server]],
    Result = application:stop(st_app),
    Downs = [receive {'DOWN', R, process, _, Why} -> Why end || R <- Refs],
    timer:sleep(200),
    show(Result),
    show(Downs),
    show({whereis(st_sup), whereis(st_server)}),
    show(is_process_alive(Master)),
    ok.

start(normal, []) ->
    supervisor:start_link({local, st_sup}, ?MODULE, top).

stop(_) ->
    show(stopped).

%% The supervisor and the server share this module.
init(top) ->
    {ok, {#{strategy => one_for_one},
          [#{id => st_server, start => {gen_server, start_link, [{local, st_server}, ?MODULE, server, []]}}]}};
init(server) ->
    process_flag(trap_exit, true),
    {ok, application:get_env(greeting)}.

handle_call(greeting, _From, State) ->
    {reply, {State, application:get_application()}, State}.

handle_cast(_, State) ->
    {noreply, State}.

terminate(Reason, _State) ->
    show({server_terminate, Reason}).

show(X) -> io:format("~p~n", [X]).
