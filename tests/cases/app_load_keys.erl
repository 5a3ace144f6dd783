#!/usr/bin/env escript
%% Loading applications from {application, Name, Keys} terms: the keys
%% they get, load and unload errors, and what loaded_applications says.
-module(app_load_keys).
-mode(compile).
-export([main/1]).

main(_) ->
    Spec = {application, lk_one,
            [{description, "First app"}, {vsn, "1.2.3"}, {modules, [lk_mod]},
             {registered, [lk_server]}, {applications, [kernel, stdlib]},
             {env, [{colour, red}]}, {maxT, 5000}, {id, "x1"}]},
    show(application:load(Spec)),
    show(application:load(Spec)),
    show(application:load(lk_one)),
    show(application:get_key(lk_one, vsn)),
    show(application:get_key(lk_one, description)),
    show(application:get_key(lk_one, registered)),
    show(application:get_key(lk_one, maxT)),
    show(application:get_key(lk_one, maxP)),
    show(application:get_key(lk_one, mod)),
    show(application:get_key(lk_one, start_phases)),
    show(application:get_key(lk_one, no_such_key)),
    show(application:get_key(lk_none, vsn)),
    show(application:get_all_key(lk_one)),
    show(application:get_all_key(lk_none)),
    show(application:get_application(lk_mod)),
    show(application:get_application(lk_other_mod)),
    show(application:load({application, lk_two, []})),
    show(application:get_all_key(lk_two)),
    show(lists:sort(application:loaded_applications())),
    show(application:which_applications()),
    show(application:unload(lk_one)),
    show(application:unload(lk_one)),
    show(application:get_key(lk_one, vsn)),
    show(lists:sort(application:loaded_applications())),
    %% Malformed specs.
    show(application:load({application, "name", []})),
    show(application:load({application, lk_bad, not_a_list})),
    show(application:load({application, lk_bad})),
    show(application:load({app, lk_bad, []})),
    show(application:load(42)),
    show(application:load({application, lk_bad, [{mod, lk_mod}]})),
    show(application:load({application, lk_bad, [{mod, {"m", []}}]})),
    show(application:load({application, lk_ok, [{mod, {lk_mod, [a]}}]})),
    show(application:get_key(lk_ok, mod)),
    show(application:load(lk_no_such_app)),
    show(application:start(lk_no_such_app)),
    show(application:unload(lk_no_such_app)),
    show(application:stop(lk_no_such_app)),
    ok.

show(X) -> io:format("~p~n", [X]).
