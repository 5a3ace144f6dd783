#!/usr/bin/env escript
-module(proc_lib_crash_state).
-mode(compile).
-export([main/1]).
%% What a crash report tells about the crasher: registered name, queued
%% messages, dictionary (without proc_lib's own entries; one key, as
%% the order of several is the VM's hash order), links (to a
%% process that traps exits, so no neighbours), trap_exit, ancestors.

main(_) ->
    Me = self(),
    process_flag(trap_exit, true),
    Body = fun() ->
                   register(crashy, self()),
                   put(counter, 3),
                   process_flag(trap_exit, true),
                   self() ! {hello, 1},
                   self() ! second,
                   Me ! ready,
                   receive go -> ok end,
                   erlang:raise(error, {badmatch, {ok, 2}},
                                [{crashy_mod, handle, 2, [{file, "crashy_mod.erl"}, {line, 42}]},
                                 {crashy_mod, loop, 1, [{file, "crashy_mod.erl"}, {line, 17}]}])
           end,
    P = proc_lib:spawn_link(erlang, apply, [Body, []]),
    receive ready -> ok end,
    P ! go,
    receive {'EXIT', P, {Reason, _}} -> ok end,
    logger_std_h:filesync(default),
    io:format("reason: ~p~n", [Reason]),
    Q = proc_lib:spawn(erlang, apply, [fun() -> exit({deep, [lists:seq(1, 30), {a, "string", <<"bin">>}]}) end, []]),
    R = monitor(process, Q),
    receive {'DOWN', R, process, Q, _} -> ok end,
    logger_std_h:filesync(default),
    io:format("done~n").
