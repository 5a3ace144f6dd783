#!/usr/bin/env escript
-module(crash_linked_trapping).
-mode(compile).
-export([main/1, id/1]).
id(X) -> X.
settle() -> timer:sleep(200).
%% main traps exits: a crashing linked child is reported on stderr and
%% main receives the {'EXIT', Pid, {Reason, Stack}} message.
main(_) ->
    process_flag(trap_exit, true),
    P = spawn_link(fun() -> 1 = ?MODULE:id(2) end),
    receive {'EXIT', P, {Reason, Stack}} ->
            io:format("~p~n", [Reason]),
            io:format("~p~n", [is_list(Stack)])
    end,
    io:format("main continues~n"),
    settle().
