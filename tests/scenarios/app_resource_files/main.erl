#!/usr/bin/env escript
%% Applications loaded from .app resource files on the code path: a good
%% one started and stopped, and how each kind of malformed file fails.
-module(main).
-mode(compile).

main(_) ->
    [{ok, _} = compile:file(F, [{outdir, "ebin"}]) || F <- filelib:wildcard("src/*.erl")],
    show(application:load(rf)),
    true = code:add_patha("ebin"),
    ok = logger:set_primary_config(level, warning),
    show(application:load(rf)),
    show(application:get_all_key(rf)),
    show(application:get_application(rf_sup)),
    show(application:start(rf)),
    show(application:get_application(whereis(rf_sup))),
    show(application:which_applications()),
    show(application:stop(rf)),
    show(whereis(rf_sup)),
    [show({A, application:load(A)}) || A <- [rf_syntax, rf_scan, rf_nodot, rf_two, rf_empty,
                                             rf_renamed, rf_notapp, rf_badenv, rf_badterm,
                                             rf_escape, rf_missing]],
    show(application:get_key(rf_other, vsn)),
    show(application:get_key(rf_renamed, vsn)),
    show(application:start(rf_syntax)),
    show(application:ensure_all_started(rf_scan)),
    show(application:unload(rf_other)),
    show(lists:sort([A || {A, _, _} <- application:loaded_applications()])),
    ok.

show(X) -> io:format("~p~n", [X]).
