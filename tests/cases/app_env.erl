#!/usr/bin/env escript
%% Configuration parameters: get_env/2,3, set_env/3,4, unset_env/2,3,
%% get_all_env/1, set_env/1,2 with their checks, and what a later load
%% keeps (persistent values) or replaces.
-module(app_env).
-mode(compile).
-export([main/1]).

main(_) ->
    show(application:get_env(ev_app, size)),
    show(application:get_env(ev_app, size, 10)),
    show(application:set_env(ev_app, size, 3)),
    show(application:get_env(ev_app, size)),
    show(application:get_all_env(ev_app)),
    show(application:set_env(ev_app, size, 4, 1000)),
    show(application:set_env(ev_app, kept, yes, [{persistent, true}])),
    show(application:set_env(ev_app, mood, fine, infinity)),
    show(lists:sort(application:get_all_env(ev_app))),
    %% The .app parameters win over plain set_env, not over persistent ones.
    show(application:load({application, ev_app,
                           [{env, [{size, 1}, {kept, no}, {extra, [1, 2]}]}]})),
    show(lists:sort(application:get_all_env(ev_app))),
    show(lists:sort(element(2, application:get_key(ev_app, env)))),
    show(application:unset_env(ev_app, extra)),
    show(application:unset_env(ev_app, never_set, 5000)),
    show(application:unset_env(ev_app, mood, [{timeout, infinity}])),
    show(lists:sort(application:get_all_env(ev_app))),
    %% Unloading drops every parameter; reloading brings the kept one back.
    show(application:unload(ev_app)),
    show(application:get_all_env(ev_app)),
    show(application:load({application, ev_app, [{env, [{kept, no}]}]})),
    show(application:get_all_env(ev_app)),
    %% Whole configurations.
    show(application:set_env([{ev_app, [{a, 1}, {b, 2}]}, {ev_other, [{c, 3}]}])),
    show(lists:sort(application:get_all_env(ev_app))),
    show(application:get_env(ev_other, c)),
    show(application:set_env([{ev_other, [{c, 4}]}], [{persistent, true}])),
    [show(bad_config(C)) || C <- [[foo],
                                   [{"app", []}],
                                   [{"app", x}],
                                   [{ev_app, x}],
                                   [{ev_app, [foo]}],
                                   [{ev_app, [{"k", v}]}],
                                   [{ev_app, [{k, 1}, {k, 2}]}],
                                   [{ev_app, [{k, 1}]}, {ev_app, [{j, 2}]}],
                                   [{kernel, [{distributed, foo}]}],
                                   [{kernel, [{distributed, [{ev_app, 5000, [node()]}]}]}]]],
    show(try application:set_env(ev_app, k, v, bad_opts) catch C:R -> {C, R} end),
    %% Parameters of no application, and odd arguments.
    show(application:get_env(undefined_app, k)),
    show(application:get_env(1, 2)),
    show(application:get_all_env(undefined_app)),
    show(application:get_env(k)),
    show(application:get_all_env()),
    show(application:get_key(vsn)),
    show(application:get_all_key()),
    ok.

bad_config(Config) ->
    try application:set_env(Config) of
        ok -> ok
    catch
        error:{badarg, Message} -> {badarg, Message}
    end.

show(X) -> io:format("~p~n", [X]).
