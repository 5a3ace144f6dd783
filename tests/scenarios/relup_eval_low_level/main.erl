#!/usr/bin/env escript
%% The low-level evaluator release_handler_1 driven directly
%% (eval_script/1,5, check_script/2, get_supervised_procs/0) and the
%% error results of release_handler:upgrade_app/2 and downgrade_app/2.
-mode(compile).

main(_) ->
    logger:set_primary_config(level, none),
    compile_into("v1", "lib/ll-1/ebin"),
    compile_into("v2", "lib/ll-2/ebin"),
    true = code:add_patha(filename:absname("lib/ll-1/ebin")),
    p("start ll 1              -> ~p", [application:start(ll)]),
    D2 = filename:absname("lib/ll-2"),
    Names = [{whereis(N), N} || N <- [ll_sup, a, b, c]],
    p("supervised procs        -> ~p",
      [[{name(S, Names), Id, name(P, Names), Ms}
        || {S, Id, P, Ms} <- release_handler_1:get_supervised_procs(),
           lists:keymember(P, 1, Names)]]),
    E = fun release_handler_1:eval_script/1,
    p("empty                   -> ~p", [E([])]),
    p("illegal after ponr      -> ~p", [E([point_of_no_return, {load_module, ll_srv}])]),
    p("apply, no ponr          -> ~p", [E([{apply, {io, format, ["  applied~n"]}}])]),
    p("restart_emulator        -> ~p", [E([point_of_no_return, restart_emulator])]),
    p("restart_new_emulator    -> ~p", [E([restart_new_emulator, point_of_no_return])]),
    p("sync_nodes (local)      -> ~p", [E([point_of_no_return, {sync_nodes, id1, [node()]},
                                           {sync_nodes, id2, {erlang, nodes, []}}])]),
    p("throw before ponr       -> ~p", [E([{apply, {erlang, throw, [oops]}}, point_of_no_return])]),
    p("throw after ponr        -> ~p", [E([point_of_no_return, {apply, {erlang, throw, [oops]}}])]),
    p("exit after ponr         -> ~p", [E([point_of_no_return, {apply, {erlang, exit, [bye]}}])]),
    p("bad_lib_vsn             -> ~p",
      [release_handler_1:eval_script([{load_object_code, {ll, "9", [ll_srv]}}, point_of_no_return],
                                     [], [{ll, "2", D2}], [], [])]),
    %% stop terminates the children whose spec lists the module, start
    %% restarts them
    p("stop [ll_extra]         -> ~p", [E([point_of_no_return, {stop, [ll_extra]}])]),
    p("children                -> ~p", [children()]),
    p("stop, start [ll_srv]    -> ~p", [E([point_of_no_return, {stop, [ll_srv]}, {start, [ll_srv]}])]),
    p("children                -> ~p", [children()]),
    {ok, _} = supervisor:restart_child(ll_sup, b),
    p("children                -> ~p", [children()]),
    %% code_change only reaches processes suspended for the module (c is
    %% found through get_modules); ll_dyn has no version (undefined),
    %% ll_srv's -vsn is an atom (given unwrapped)
    Script = [{load_object_code, {ll, "2", [ll_srv]}}, point_of_no_return,
              {suspend, [ll_dyn, ll_srv]}, {load, {ll_srv, soft_purge, soft_purge}},
              {code_change, [{ll_dyn, x}]}, {code_change, down, [{ll_srv, y}]},
              {resume, [ll_dyn, ll_srv]}],
    p("check_script            -> ~p", [release_handler_1:check_script(Script, [{ll, "2", D2}])]),
    p("eval_script/5           -> ~p",
      [release_handler_1:eval_script(Script, [], [{ll, "2", D2}], [{ll, "2", D2}],
                                     [{suspend_timeout, 1000}, {code_change_timeout, 1000}])]),
    p("ll code path            -> ~p", [lists:last(filename:split(code:lib_dir(ll)))]),
    p("statuses                -> ~p", [[lists:nth(2, element(4, sys:get_status(N))) || N <- [a, b, c]]]),
    %% upgrade_app's own errors, and a script ending in restart_emulator
    %% (from version 1 in lib/ll-1 again)
    true = code:replace_path(ll, filename:absname("lib/ll-1/ebin")),
    p("not running             -> ~p", [release_handler:upgrade_app(nope, D2)]),
    p("no appup                -> ~p", [release_handler:upgrade_app(ll, filename:absname("lib/ll-1"))]),
    p("no script from 1        -> ~p", [release_handler:upgrade_app(ll, filename:absname("lib/ll-3"))]),
    p("downgrade, no vsn       -> ~p", [release_handler:downgrade_app(ll, filename:absname("lib"))]),
    p("restart_emulator        -> ~p", [release_handler:upgrade_app(ll, D2)]),
    p("app vsn                 -> ~p", [element(3, lists:keyfind(ll, 1, application:which_applications()))]),
    ok.

name(P, Names) -> proplists:get_value(P, Names, P).

children() ->
    [{Id, is_pid(P)} || {Id, P, _, _} <- supervisor:which_children(ll_sup)].

compile_into(Src, Ebin) ->
    [{ok, _} = compile:file(F, [report_errors, {outdir, Ebin}])
     || F <- filelib:wildcard(filename:join(Src, "*.erl"))],
    ok.

p(Fmt, Args) -> io:format(Fmt ++ "~n", Args).
