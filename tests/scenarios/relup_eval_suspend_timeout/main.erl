#!/usr/bin/env escript
%% {suspend, [{Mod, Timeout}]}: an update with a suspend timeout
%% (release_handler:upgrade_app/2). Of the two supervised st_worker
%% servers, `stuck` is busy in a handle_cast and does not answer the
%% suspend within 200 ms: the release handler skips it (and sends it a
%% sys:resume, which also times out), so it is neither suspended nor
%% code_changed and keeps running the replaced code (unpurged). When it
%% is unblocked it serves the late suspend and resume and goes on with
%% its v1 state in v2 code.
-mode(compile).

main(_) ->
    logger:set_primary_config(level, none),
    compile_into("v1", "lib/st-1/ebin"),
    compile_into("v2", "lib/st-2/ebin"),
    true = code:add_patha(filename:absname("lib/st-1/ebin")),
    p("start st 1              -> ~p", [application:start(st)]),
    gen_server:cast(stuck, block),
    New = filename:absname("lib/st-2"),
    {ok, _, Script} = release_handler:upgrade_script(st, New),
    [p("  ~p", [I]) || I <- Script],
    p("upgrade_app             -> ~p", [release_handler:upgrade_app(st, New)]),
    p("fast                    -> ~p", [gen_server:call(fast, get)]),
    p("stuck status            -> ~p", [catch sys:get_status(stuck, 100)]),
    stuck ! unblock,
    p("stuck status            -> ~p", [lists:nth(2, element(4, sys:get_status(stuck)))]),
    p("stuck                   -> ~p", [gen_server:call(stuck, get)]),
    p("app vsn                 -> ~p", [element(3, lists:keyfind(st, 1, application:which_applications()))]),
    ok.

compile_into(Src, Ebin) ->
    [{ok, _} = compile:file(F, [report_errors, {outdir, Ebin}])
     || F <- filelib:wildcard(filename:join(Src, "*.erl"))],
    ok.

p(Fmt, Args) -> io:format(Fmt ++ "~n", Args).
