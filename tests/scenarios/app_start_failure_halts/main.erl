#!/usr/bin/env escript
%% A transient application whose start fails other than by exiting
%% normally takes the node down, after the caller has its error: the
%% node halts with status 1 and the application_start_failure slogan.
-module(main).
-mode(compile).
-export([start/2, stop/1]).

main(_) ->
    ok = logger:set_primary_config(level, warning),
    ok = logger:add_primary_filter(no_sasl, {fun logger_filters:domain/2, {stop, sub, [otp, sasl]}}),
    ok = application:load({application, sf_app, [{vsn, "1"}, {mod, {?MODULE, []}}]}),
    io:format("~p~n", [application:start(sf_app, transient)]),
    timer:sleep(3000),
    io:format("not reached~n").

start(normal, []) ->
    {error, {cannot, start}}.

stop(_) ->
    ok.
