#!/usr/bin/env escript
%% remove and purge instructions. {delete_module, M} in an appup becomes
%% {remove, {M, brutal_purge, brutal_purge}} and later {purge, [M]}:
%% remove makes the current code old (a process still running it leaves
%% M unpurged), purge kills that process and drops the code. {add_module,
%% M} is a plain load. Then hand-written low-level scripts through
%% release_handler_1:eval_script/1: a soft PrePurge on a module whose old
%% code is in use refuses the script; brutal PrePurge with soft PostPurge
%% kills the users of the old code, then leaves {M, soft_purge} unpurged
%% while a process runs the removed code; {purge, Ms} kills that one.
-mode(compile).

main(_) ->
    logger:set_primary_config(level, none),
    compile_into("v1", "lib/rp-1/ebin"),
    compile_into("v2", "lib/rp-2/ebin"),
    true = code:add_patha(filename:absname("lib/rp-1/ebin")),
    p("start rp 1              -> ~p", [application:start(rp)]),
    [{module, _} = code:ensure_loaded(M) || M <- [rp_old, rp_keep]],
    Old = spawn(rp_old, loop, []), OldRef = erlang:monitor(process, Old),
    New = filename:absname("lib/rp-2"),
    {ok, _, Script} = release_handler:upgrade_script(rp, New),
    [p("  ~p", [I]) || I <- Script],
    p("upgrade_app             -> ~p", [release_handler:upgrade_app(rp, New)]),
    p("rp_old user             -> ~p", [down(OldRef)]),
    p("rp_old loaded           -> ~p", [{code:is_loaded(rp_old), erlang:check_old_code(rp_old)}]),
    p("rp_new:hello()          -> ~p", [rp_new:hello()]),
    p("rp_keep:version()       -> ~p", [rp_keep:version()]),
    %% rp_keep's v2 is current; make v2 old with a user, v2 current again
    K = spawn(rp_keep, loop, []), KRef = erlang:monitor(process, K),
    {module, rp_keep} = code:load_file(rp_keep),
    p("soft remove             -> ~p",
      [release_handler_1:eval_script([point_of_no_return,
                                      {remove, {rp_keep, soft_purge, soft_purge}}])]),
    p("check_script            -> ~p",
      [release_handler_1:check_script([{remove, {rp_keep, soft_purge, soft_purge}}], [])]),
    K2 = spawn(rp_keep, loop, []), K2Ref = erlang:monitor(process, K2),
    Other = spawn(fun() -> receive stop -> ok end end),
    OtherRef = erlang:monitor(process, Other),
    p("brutal/soft remove      -> ~p",
      [release_handler_1:eval_script([point_of_no_return,
                                      {remove, {rp_keep, brutal_purge, soft_purge}}])]),
    p("K, K2                   -> ~p", [{down(KRef), down(K2Ref)}]),
    p("rp_keep loaded          -> ~p", [{code:is_loaded(rp_keep), erlang:check_old_code(rp_keep)}]),
    p("purge                   -> ~p",
      [release_handler_1:eval_script([point_of_no_return, {purge, [rp_keep, rp_new]}])]),
    p("K2, other               -> ~p", [{down(K2Ref), down(OtherRef)}]),
    p("rp_keep old code        -> ~p", [erlang:check_old_code(rp_keep)]),
    ok.

down(Ref) ->
    receive {'DOWN', Ref, process, _, Why} -> {down, Why}
    after 100 -> alive
    end.

compile_into(Src, Ebin) ->
    [{ok, _} = compile:file(F, [report_errors, {outdir, Ebin}])
     || F <- filelib:wildcard(filename:join(Src, "*.erl"))],
    ok.

p(Fmt, Args) -> io:format(Fmt ++ "~n", Args).
