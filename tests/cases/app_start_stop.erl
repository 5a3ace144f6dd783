#!/usr/bin/env escript
%% Starting and stopping an application whose callback module is this
%% script: start/2 returning {ok, Pid, State}, prep_stop/1 and stop/1,
%% what the callbacks see (their application, parameters, start type),
%% and the report printed when the application stops.
-module(app_start_stop).
-mode(compile).
-export([main/1, start/2, prep_stop/1, stop/1, top/0]).

main(_) ->
    ok = application:load({application, ss_app,
                           [{description, "Start stop"}, {vsn, "0.1"},
                            {mod, {?MODULE, [arg1]}}, {env, [{level, 7}]}]}),
    show(application:start(ss_app)),
    show(whereis(ss_top) =/= undefined),
    show(application:which_applications()),
    show(application:get_application(whereis(ss_top))),
    show(application:get_application(self())),
    show(application:start(ss_app)),
    show(application:ensure_started(ss_app)),
    show(application:unload(ss_app)),
    Top = whereis(ss_top),
    Ref = monitor(process, Top),
    Result = application:stop(ss_app),
    Down = receive {'DOWN', Ref, process, Top, Why} -> {top_down, Why} end,
    timer:sleep(200),
    show(Down),
    show(Result),
    show(application:which_applications()),
    show(application:stop(ss_app)),
    show(application:start(ss_app, temporary)),
    Result2 = application:stop(ss_app),
    timer:sleep(200),
    show(Result2),
    show(application:unload(ss_app)),
    ok.

start(Type, Args) ->
    show({start, Type, Args}),
    show({in_start, application:get_application(), application:get_env(level),
          application:get_key(vsn), application:start_type()}),
    Pid = spawn_link(?MODULE, top, []),
    {ok, Pid, {state, Args}}.

prep_stop(State) ->
    show({prep_stop, State, application:get_env(level)}),
    {prepped, State}.

stop(State) ->
    show({stop, State, application:get_env(ss_app, level)}),
    ok.

top() ->
    register(ss_top, self()),
    process_flag(trap_exit, true),
    receive
        {'EXIT', _, shutdown} -> show(top_shutdown), exit(shutdown)
    end.

show(X) -> io:format("~p~n", [X]).
