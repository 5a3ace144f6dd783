#!/usr/bin/env escript
%% What is printed when an application master ends abnormally: the
%% master's crash report, then the application's exit report. Once for a
%% start/2 that raises (its stack trace is part of the error returned),
%% once for a top process that is killed.
-module(app_master_crash_reports).
-mode(compile).
-export([main/1, start/2, stop/1]).

main(_) ->
    ok = application:load({application, cr_raise, [{vsn, "1"}, {mod, {?MODULE, raise}}]}),
    ok = application:load({application, cr_kill, [{vsn, "1"}, {mod, {?MODULE, idle}}]}),
    Result = application:start(cr_raise),
    timer:sleep(200),
    io:format("~p~n", [Result]),
    ok = application:start(cr_kill),
    Top = whereis(cr_top),
    Ref = monitor(process, Top),
    exit(Top, kill),
    receive {'DOWN', Ref, process, Top, killed} -> ok end,
    timer:sleep(200),
    io:format("~p~n", [application:which_applications()]),
    ok.

start(normal, raise) ->
    erlang:error(no_good);
start(normal, idle) ->
    Pid = spawn_link(fun() -> receive never -> ok end end),
    register(cr_top, Pid),
    {ok, Pid}.

stop(_) ->
    io:format("stop~n").
