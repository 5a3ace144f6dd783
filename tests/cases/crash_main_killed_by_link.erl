#!/usr/bin/env escript
%%! -env ERL_CRASH_DUMP_BYTES 0
-module(crash_main_killed_by_link).
-mode(compile).
-export([main/1, id/1]).
id(X) -> X.
%% main does not trap exits and is linked to a child that exits with an
%% abnormal reason: main is killed by the signal. escript does not print
%% "escript: exception ..." then; init reports "init terminating in do_boot"
%% (on stdout and stderr, with \r\n) and the exit status is 1.
%% The %%! line only stops OTP from writing erl_crash.dump. main prints
%% nothing itself: the slogan is written straight to the terminal and can
%% interleave with pending io output.
main(_) ->
    spawn_link(fun() -> exit(?MODULE:id({child, gave_up})) end),
    receive after infinity -> ok end.
