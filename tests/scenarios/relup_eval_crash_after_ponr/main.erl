#!/usr/bin/env escript
%% A code_change that crashes after point_of_no_return
%% (release_handler:upgrade_app/2): cc_srv's new code_change/3 raises for
%% server `two`, the first one changed (which_children lists the child
%% started last first). The evaluator stops at the first {error, _} from
%% sys:change_code with {'EXIT', {code_change_failed, Pid, Mod, OldVsn,
%% Reason}}; nothing is undone: cc_util and cc_srv v2 stay loaded, the
%% code path stays switched, both servers stay suspended (`one` was never
%% changed), and the application's version is still the old one.
-mode(compile).

main(_) ->
    logger:set_primary_config(level, none),
    compile_into("v1", "lib/cc-1/ebin"),
    compile_into("v2", "lib/cc-2/ebin"),
    true = code:add_patha(filename:absname("lib/cc-1/ebin")),
    p("start cc 1              -> ~p", [application:start(cc)]),
    [{module, _} = code:ensure_loaded(M) || M <- [cc_app, cc_sup, cc_srv, cc_util]],
    New = filename:absname("lib/cc-2"),
    {ok, _, Script} = release_handler:upgrade_script(cc, New),
    [p("  ~p", [I]) || I <- Script],
    Pids = [{whereis(one), 'Pid_one'}, {whereis(two), 'Pid_two'}],
    p("upgrade_app             -> ~p", [anon(release_handler:upgrade_app(cc, New), Pids)]),
    p("status one, two         -> ~p", [[lists:nth(2, element(4, sys:get_status(N))) || N <- [one, two]]]),
    p("states                  -> ~p", [[sys:get_state(N) || N <- [one, two]]]),
    p("loaded vsns             -> ~p", [[{M, vsn(M)} || M <- [cc_srv, cc_util]]]),
    p("cc code path            -> ~p", [lists:last(filename:split(code:lib_dir(cc)))]),
    p("app vsn                 -> ~p", [element(3, lists:keyfind(cc, 1, application:which_applications()))]),
    p("get one                 -> ~p", [catch gen_server:call(one, get, 100)]),
    [ok = sys:resume(N) || N <- [one, two]],
    p("get one, two            -> ~p", [[gen_server:call(N, get) || N <- [one, two]]]),
    ok.

anon({'EXIT', {code_change_failed, Pid, Mod, Vsn, {'EXIT', {R, [{M, F, A, _} | _]}}}}, Pids) ->
    {'EXIT', {code_change_failed, proplists:get_value(Pid, Pids), Mod, Vsn,
              {'EXIT', {R, [{M, F, A}, '...']}}}};
anon(X, _) -> X.

vsn(M) -> proplists:get_value(vsn, M:module_info(attributes)).

compile_into(Src, Ebin) ->
    [{ok, _} = compile:file(F, [report_errors, {outdir, Ebin}])
     || F <- filelib:wildcard(filename:join(Src, "*.erl"))],
    ok.

p(Fmt, Args) -> io:format(Fmt ++ "~n", Args).
