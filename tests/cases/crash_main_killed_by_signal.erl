#!/usr/bin/env escript
%%! -env ERL_CRASH_DUMP_BYTES 0
-module(crash_main_killed_by_signal).
-mode(compile).
-export([main/1]).
%% Another process kills main with exit(Main, kill): the reason seen by
%% init is killed. (See crash_main_killed_by_link.)
main(_) ->
    Me = self(),
    spawn(fun() -> exit(Me, kill) end),
    receive after infinity -> ok end.
