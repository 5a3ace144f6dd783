#!/usr/bin/env escript
%% What a release upgrade does to application data: new .app contents
%% and configuration for a running application (change_application_data),
%% then the application's config_change/3 callback (prep_config_change,
%% config_change), and which_applications showing the new version.
-module(main).
-mode(compile).

main(_) ->
    {ok, _} = compile:file("src/rd_app.erl", [{outdir, "ebin"}]),
    true = code:add_patha("ebin"),
    ok = logger:set_primary_config(level, warning),
    ok = application:start(rd),
    show(application:which_applications()),
    show(application:set_env(rd, runtime, 1)),
    Before = application_controller:prep_config_change(),
    show([{A, lists:sort(E)} || {A, E} <- Before, A =:= rd]),
    {ok, [App]} = file:consult("v2/rd.app"),
    {ok, [Config]} = file:consult("v2/sys.config"),
    show(application_controller:change_application_data([App], Config)),
    show(application:which_applications()),
    show(application:get_key(rd, description)),
    show(lists:sort(application:get_all_env(rd))),
    show(application_controller:config_change(Before)),
    show(application_controller:config_change(Before)),
    show(application_controller:change_application_data([{application, rd, bad}], [])),
    show(application_controller:change_application_data([], ["v2/sys"])),
    show(application:get_env(rd, colour)),
    show(application:stop(rd)),
    show(application:unload(rd)),
    show(application:load(rd)),
    show(lists:sort(application:get_all_env(rd))),
    ok.

show(X) -> io:format("~p~n", [X]).
