#!/usr/bin/env escript
%% Downgrading with an explicit version: downgrade_app/2 takes the
%% version from a directory named App-Vsn and refuses other names;
%% downgrade_script/3 and downgrade_app/3 take it as an argument (the
%% script comes from the appup of the running version). A script can also
%% be given to eval_appup_script/4 directly: here the downgrade script
%% with an apply of our own before point_of_no_return. On success the
%% application controller gets the target .app file (vsn, env) and
%% config_change/3 is called.
-mode(compile).

main(_) ->
    logger:set_primary_config(level, none),
    compile_into("v1", "lib/dx-1/ebin"),
    compile_into("v1", "lib/dx-1.0-old/ebin"),
    compile_into("v2", "lib/dx-2/ebin"),
    true = code:add_patha(filename:absname("lib/dx-1/ebin")),
    p("start dx 1              -> ~p", [application:start(dx)]),
    [{module, _} = code:ensure_loaded(M) || M <- [dx_app, dx_sup, dx_srv]],
    D1 = filename:absname("lib/dx-1"),
    D2 = filename:absname("lib/dx-2"),
    Odd = filename:absname("lib/dx-1.0-old"),
    p("upgrade_app             -> ~p", [release_handler:upgrade_app(dx, D2)]),
    state(),
    p("downgrade_app/2 odd dir -> ~p", [release_handler:downgrade_app(dx, Odd)]),
    p("downgrade_app/3 to 0    -> ~p", [release_handler:downgrade_app(dx, "0", Odd)]),
    p("downgrade_script/3 bad  -> ~p", [catch release_handler:downgrade_script(dx, "0", Odd)]),
    {ok, Down} = release_handler:downgrade_script(dx, "1", D1),
    p("downgrade_script/3:", []),
    [p("  ~p", [I]) || I <- Down],
    Explicit = [hd(Down), {apply, {io, format, ["  our own step~n"]}} | tl(Down)],
    p("eval_appup_script       -> ~p", [release_handler:eval_appup_script(dx, "1", D1, Explicit)]),
    state(),
    p("upgrade_app             -> ~p", [release_handler:upgrade_app(dx, D2)]),
    state(),
    p("downgrade_app/3 to 1    -> ~p", [release_handler:downgrade_app(dx, "1", Odd)]),
    state(),
    p("dx code path            -> ~p", [lists:last(filename:split(code:lib_dir(dx)))]),
    p("upgrade_app from 1 again-> ~p", [release_handler:upgrade_app(dx, D1)]),
    ok.

state() ->
    {dx, _, Vsn} = lists:keyfind(dx, 1, application:which_applications()),
    p("  app vsn ~p, env level ~p, srv ~p",
      [Vsn, application:get_env(dx, level), sys:get_state(dx_srv)]).

compile_into(Src, Ebin) ->
    [{ok, _} = compile:file(F, [report_errors, {outdir, Ebin}])
     || F <- filelib:wildcard(filename:join(Src, "*.erl"))],
    ok.

p(Fmt, Args) -> io:format(Fmt ++ "~n", Args).
