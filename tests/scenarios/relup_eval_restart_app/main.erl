#!/usr/bin/env escript
%% {restart_application, App} in an appup, evaluated by
%% release_handler:upgrade_app/2 and downgrade_app/2: the application is
%% stopped, its old modules removed and purged, the new ones loaded, and
%% it is started again (permanent). Its processes are new ones; the
%% controller then gets the new .app contents, so the started
%% application sees the old parameters (the new ones only after the
%% script).
-mode(compile).

main(_) ->
    logger:set_primary_config(level, none),
    compile_into("v1", "lib/ra-1/ebin"),
    compile_into("v2", "lib/ra-2/ebin"),
    true = code:add_patha(filename:absname("lib/ra-1/ebin")),
    p("start ra 1              -> ~p", [application:start(ra)]),
    [{module, _} = code:ensure_loaded(M) || M <- [ra_app, ra_sup, ra_srv]],
    Srv = whereis(ra_srv),
    New = filename:absname("lib/ra-2"),
    {ok, _, Up} = release_handler:upgrade_script(ra, New),
    [p("  ~p", [I]) || I <- Up],
    p("upgrade_app             -> ~p", [release_handler:upgrade_app(ra, New)]),
    p("new process             -> ~p", [whereis(ra_srv) =/= Srv]),
    p("state, colour, app      -> ~p", [{gen_server:call(ra_srv, get), application:get_env(ra, colour),
                                         lists:keyfind(ra, 1, application:which_applications())}]),
    p("downgrade_app           -> ~p", [release_handler:downgrade_app(ra, filename:absname("lib/ra-1"))]),
    p("state, colour, app      -> ~p", [{gen_server:call(ra_srv, get), application:get_env(ra, colour),
                                         lists:keyfind(ra, 1, application:which_applications())}]),
    ok.

compile_into(Src, Ebin) ->
    [{ok, _} = compile:file(F, [report_errors, {outdir, Ebin}])
     || F <- filelib:wildcard(filename:join(Src, "*.erl"))],
    ok.

p(Fmt, Args) -> io:format(Fmt ++ "~n", Args).
