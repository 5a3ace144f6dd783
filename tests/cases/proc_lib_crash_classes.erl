#!/usr/bin/env escript
-module(proc_lib_crash_classes).
-mode(compile).
-export([main/1]).
%% The crash report of a proc_lib process for each exception class, and
%% the exit reason it leaves: exit as is, error and throw with the stack.

wait(P) ->
    R = monitor(process, P),
    receive {'DOWN', R, process, P, Why} -> Why end.

crash(M, F, A) ->
    Why = wait(proc_lib:spawn(M, F, A)),
    logger_std_h:filesync(default),
    case Why of
        {Reason, Stack} when is_list(Stack) -> io:format("exit reason: {~p, Stack}~n", [Reason]);
        _ -> io:format("exit reason: ~p~n", [Why])
    end.

main(_) ->
    crash(erlang, exit, [boom]),
    crash(erlang, error, [boom]),
    crash(erlang, throw, [boom]),
    crash(erlang, binary_to_atom, [x]),
    crash(erlang, exit, [kill]),
    crash(erlang, exit, [{shutdown, fine}]),
    crash(erlang, exit, [shutdown]),
    crash(erlang, exit, [normal]),
    io:format("done~n").
