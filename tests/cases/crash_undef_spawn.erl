#!/usr/bin/env escript
-module(crash_undef_spawn).
-mode(compile).
-export([main/1]).
hidden(X) -> X.
%% Error reports go to STDOUT (logger default handler, type standard_io),
%% asynchronously. After each crash, main waits for the DOWN and then gives
%% the logger time to print (settle/0) before printing anything itself, so
%% the order of lines is fixed.
settle() -> timer:sleep(200).
crash(F) ->
    {P, R} = spawn_monitor(F),
    receive {'DOWN', R, process, P, W} -> settle(), W end.
main(_) ->
    io:format("~p~n", [hidden(ok)]),
    %% spawn/3 of a function that is not exported returns a pid; the new
    %% process fails with undef.
    B = is_pid(spawn(?MODULE, hidden, [0])),
    settle(),
    io:format("~p~n", [B]),
    {P, R} = spawn_monitor(?MODULE, hidden, [1]),
    receive {'DOWN', R, process, P, W} -> settle(), io:format("~p ~p~n", [is_pid(P), W]) end,
    io:format("~p~n", [crash(fun() -> spawn_link(no_such_module, start, [a, b]), receive after infinity -> ok end end)]).
