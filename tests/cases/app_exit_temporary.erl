#!/usr/bin/env escript
%% A temporary (or transient, normally) application whose top process
%% ends: the exit report, the application leaves which_applications but
%% counts as started (so applications that need it may start, and stop/1
%% still answers ok, without a report). Crash reports are filtered out.
-module(app_exit_temporary).
-mode(compile).
-export([main/1, start/2, stop/1, top/0]).

main(_) ->
    ok = logger:add_primary_filter(no_sasl, {fun logger_filters:domain/2, {stop, sub, [otp, sasl]}}),
    ok = application:load({application, et_app, [{vsn, "1"}, {mod, {?MODULE, []}}]}),
    ok = application:load({application, et_user, [{vsn, "1"}, {applications, [et_app]}]}),
    [end_with(Type, Reason) || {Type, Reason} <- [{temporary, normal},
                                                   {temporary, shutdown},
                                                   {temporary, {shutdown, why}},
                                                   {temporary, crashed},
                                                   {transient, normal}]],
    show(application:start(et_user)),
    show(names()),
    settle(fun() -> application:stop(et_app) end),
    show(application:stop(et_app)),
    settle(fun() -> application:stop(et_user) end),
    ok.

end_with(Type, Reason) ->
    show({Type, Reason}),
    show(application:start(et_app, Type)),
    Top = whereis(et_top),
    Ref = monitor(process, Top),
    Top ! {exit, Reason},
    receive {'DOWN', Ref, process, Top, _} -> ok end,
    timer:sleep(200),
    show(names()).

names() -> [N || {N, _, _} <- application:which_applications()].

start(normal, []) ->
    {ok, spawn_link(?MODULE, top, [])}.

stop(State) ->
    show({stop, State}).

top() ->
    register(et_top, self()),
    receive {exit, Reason} -> exit(Reason) end.

settle(Fun) ->
    Result = Fun(),
    timer:sleep(200),
    show(Result).

show(X) -> io:format("~p~n", [X]).
