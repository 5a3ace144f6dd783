#!/usr/bin/env escript
-module(crash_badarity_spawn).
-mode(compile).
-export([main/1, one/1, id/1]).
id(X) -> X.
one(X) -> X.
r(F) -> try F() catch C:R -> {C, R} end.
%% Error reports go to STDOUT (logger default handler, type standard_io),
%% asynchronously. After each crash, main waits for the DOWN and then gives
%% the logger time to print (settle/0) before printing anything itself, so
%% the order of lines is fixed.
settle() -> timer:sleep(200).
crash(F) ->
    {P, R} = spawn_monitor(F),
    receive {'DOWN', R, process, P, W} -> settle(), W end.
main(_) ->
    process_flag(trap_exit, true),
    %% spawn/1 and spawn_link/1 accept a fun of any arity; the new process
    %% fails with badarity.
    B = is_pid(spawn(?MODULE:id(fun ?MODULE:one/1))),
    settle(),
    io:format("~p~n", [B]),
    P = spawn_link(?MODULE:id(fun ?MODULE:one/1)),
    receive {'EXIT', P, W} -> settle(), io:format("~p~n", [W]) end,
    %% spawn_monitor/1 checks the arity itself.
    io:format("~p~n", [r(fun() -> spawn_monitor(?MODULE:id(fun ?MODULE:one/1)) end)]),
    io:format("~p~n", [r(fun() -> spawn(?MODULE:id(not_a_fun)) end)]),
    io:format("~p~n", [crash(fun() -> erlang:apply(?MODULE:id(fun ?MODULE:one/1), [1, 2]) end)]),
    {{badarity, {F, Args}}, _} = crash(fun() -> apply(?MODULE:id(fun ?MODULE:one/1), []) end),
    io:format("~p ~p~n", [F =:= fun ?MODULE:one/1, Args]).
