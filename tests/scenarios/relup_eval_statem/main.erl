#!/usr/bin/env escript
%% A gen_statem upgraded and downgraded by release_handler:upgrade_app/2
%% and downgrade_app/2 ({update, sm_door, {advanced, Extra}}): the
%% evaluator suspends the process its supervisor lists sm_door for,
%% loads the new module, calls sys:change_code with the OLD module's -vsn
%% (up) or {down, Vsn} (down, before the old code is loaded back), and
%% resumes it. v2 switches the callback mode from state_functions to
%% handle_event_function, which gen_statem picks up after the change;
%% the downgrade shows that the mode is read during the change.
-mode(compile).

main(_) ->
    logger:set_primary_config(level, none),
    compile_into("v1", "lib/sm-1/ebin"),
    compile_into("v2", "lib/sm-2/ebin"),
    true = code:add_patha(filename:absname("lib/sm-1/ebin")),
    p("start sm 1              -> ~p", [application:start(sm)]),
    {ok, Mods} = application:get_key(sm, modules),
    [{module, _} = code:ensure_loaded(M) || M <- Mods],
    p("push, push, push        -> ~p", [[sm_door:push() || _ <- [1, 2, 3]]]),
    p("peek                    -> ~p", [sm_door:peek()]),
    New = filename:absname("lib/sm-2"),
    {ok, NewVsn, Up} = release_handler:upgrade_script(sm, New),
    p("upgrade_script to ~p:", [NewVsn]),
    [p("  ~p", [I]) || I <- Up],
    Pid = whereis(sm_door),
    p("upgrade_app             -> ~p", [release_handler:upgrade_app(sm, New)]),
    p("same process            -> ~p", [whereis(sm_door) =:= Pid]),
    p("status                  -> ~p", [lists:nth(2, element(4, sys:get_status(sm_door)))]),
    p("get_state               -> ~p", [sys:get_state(sm_door)]),
    p("peek                    -> ~p", [sm_door:peek()]),
    p("push                    -> ~p", [sm_door:push()]),
    p("app vsn                 -> ~p", [vsn()]),
    Old = filename:absname("lib/sm-1"),
    {ok, Down} = release_handler:downgrade_script(sm, "1", Old),
    p("downgrade_script to \"1\":", []),
    [p("  ~p", [I]) || I <- Down],
    p("downgrade_app           -> ~p", [release_handler:downgrade_app(sm, Old)]),
    p("get_state               -> ~p", [sys:get_state(sm_door)]),
    %% gen_statem took the callback mode from v2 during the change (before
    %% v1 was loaded back): the next event calls handle_event/4, which v1
    %% does not have.
    p("peek                    -> ~p", [short(catch sm_door:peek())]),
    p("sm_door vsn             -> ~p", [proplists:get_value(vsn, sm_door:module_info(attributes))]),
    p("app vsn                 -> ~p", [vsn()]),
    ok.

short({'EXIT', {{undef, [{M, F, A, _} | _]}, {gen_statem, call, _}}}) ->
    {'EXIT', {undef, {M, F, length(A)}}};
short(X) -> X.

vsn() -> element(3, lists:keyfind(sm, 1, application:which_applications())).

compile_into(Src, Ebin) ->
    [{ok, _} = compile:file(F, [report_errors, {outdir, Ebin}])
     || F <- filelib:wildcard(filename:join(Src, "*.erl"))],
    ok.

p(Fmt, Args) -> io:format(Fmt ++ "~n", Args).
