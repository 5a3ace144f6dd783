#!/usr/bin/env escript
%% A hand-written special process (proc_lib + sys, no behaviour) upgraded
%% by release_handler:upgrade_app/2. The supervised one, whose child spec
%% lists sp_counter, is suspended and gets system_code_change/4 with the
%% old -vsn; a second process running the same module outside the
%% supervision tree is neither suspended nor changed: it still runs the
%% replaced code (so the module comes back as unpurged) until its next
%% fully-qualified call, and then carries its v1 state into v2 code.
%% The downgrade is evaluated as well.
-mode(compile).

main(_) ->
    logger:set_primary_config(level, none),
    compile_into("v1", "lib/sp-1/ebin"),
    compile_into("v2", "lib/sp-2/ebin"),
    true = code:add_patha(filename:absname("lib/sp-1/ebin")),
    p("start sp 1              -> ~p", [application:start(sp)]),
    {ok, Loose} = sp_counter:start_loose(),
    p("bump both               -> ~p", [[sp_counter:bump(P) || P <- [sp_counter, Loose, sp_counter]]]),
    New = filename:absname("lib/sp-2"),
    p("upgrade_app             -> ~p", [release_handler:upgrade_app(sp, New)]),
    p("supervised get_state    -> ~p", [sys:get_state(sp_counter)]),
    p("supervised read         -> ~p", [sp_counter:read(sp_counter)]),
    p("loose check_process_code-> ~p", [erlang:check_process_code(Loose, sp_counter)]),
    p("loose read              -> ~p", [sp_counter:read(Loose)]),
    p("loose check_process_code-> ~p", [erlang:check_process_code(Loose, sp_counter)]),
    p("loose get_state         -> ~p", [sys:get_state(Loose)]),
    p("supervised bump         -> ~p", [sp_counter:bump(sp_counter)]),
    Old = filename:absname("lib/sp-1"),
    p("downgrade_app           -> ~p", [release_handler:downgrade_app(sp, Old)]),
    p("supervised read         -> ~p", [sp_counter:read(sp_counter)]),
    p("loose read              -> ~p", [catch sp_counter:read(Loose)]),
    p("loose alive             -> ~p", [is_process_alive(Loose)]),
    p("app vsn                 -> ~p", [element(3, lists:keyfind(sp, 1, application:which_applications()))]),
    ok.

compile_into(Src, Ebin) ->
    [{ok, _} = compile:file(F, [report_errors, {outdir, Ebin}])
     || F <- filelib:wildcard(filename:join(Src, "*.erl"))],
    ok.

p(Fmt, Args) -> io:format(Fmt ++ "~n", Args).
