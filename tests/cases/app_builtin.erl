#!/usr/bin/env escript
%% kernel and stdlib as an escript finds them: loaded and started,
%% with their keys and kernel's parameters; and what the controller's
%% info/0 says before and after an application starts.
-module(app_builtin).
-mode(compile).
-export([main/1]).

main(_) ->
    show(application:which_applications()),
    show(application:which_applications(1000)),
    show(application:which_applications(infinity)),
    show(lists:sort(application:loaded_applications())),
    show(application:get_key(kernel, vsn)),
    show(application:get_key(kernel, applications)),
    show(application:get_key(kernel, mod)),
    show(application:get_key(stdlib, applications)),
    show(application:get_key(stdlib, mod)),
    show(lists:member(lists, element(2, application:get_key(stdlib, modules)))),
    show(application:get_application(gen_server)),
    show(application:get_application(application)),
    show(application:get_env(kernel, logger_level)),
    show(application:get_env(kernel, net_ticktime)),
    show(application:get_env(stdlib, anything)),
    show(application:get_env(kernel, no_such_parameter, fallback)),
    show(application:start(kernel)),
    show(application:start(stdlib, permanent)),
    show(application:ensure_started(kernel)),
    show(application:load(kernel)),
    show(application:load(stdlib)),
    show(application:unload(kernel)),
    show(application:ensure_all_started(stdlib)),
    Info = application:info(),
    show([K || {K, _} <- Info]),
    show(proplists:get_value(started, Info)),
    show(proplists:get_value(starting, Info)),
    show([N || {N, _} <- proplists:get_value(running, Info)]),
    ok = application:start({application, bi_app, [{vsn, "9"}]}),
    show(lists:sort(application:loaded_applications())),
    show(proplists:get_value(started, application:info())),
    show([N || {N, _} <- proplists:get_value(running, application:info())]),
    show(application:which_applications()),
    ok.

show(X) -> io:format("~p~n", [X]).
