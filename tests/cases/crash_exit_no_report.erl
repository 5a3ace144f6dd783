#!/usr/bin/env escript
-module(crash_exit_no_report).
-mode(compile).
-export([main/1, id/1]).
id(X) -> X.
settle() -> timer:sleep(200).
down(F) -> {P, R} = spawn_monitor(F), receive {'DOWN', R, process, P, W} -> W end.
%% Processes that end with exit/1 (any reason), or are killed by an exit
%% signal, produce no error report: stderr stays empty.
main(_) ->
    io:format("~p~n", [down(fun() -> exit(?MODULE:id(boom)) end)]),
    io:format("~p~n", [down(fun() -> exit(?MODULE:id({shutdown, x})) end)]),
    io:format("~p~n", [down(fun() -> exit(?MODULE:id({some, [deep, "reason"]})) end)]),
    io:format("~p~n", [down(fun() -> exit(self(), ?MODULE:id(by_signal)) end)]),
    {P, R} = spawn_monitor(fun() -> receive after infinity -> ok end end),
    exit(P, kill),
    receive {'DOWN', R, process, P, W} -> io:format("~p~n", [W]) end,
    io:format("~p~n", [down(fun() -> erlang:raise(exit, ?MODULE:id(raised), []) end)]),
    settle().
