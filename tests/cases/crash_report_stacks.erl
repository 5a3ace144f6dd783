#!/usr/bin/env escript
-module(crash_report_stacks).
-mode(compile).
-export([main/1, id/1, level1/1, clause/2]).
id(X) -> X.
level1(X) -> [level2(X)].
level2(X) -> {level3(X)}.
level3(X) -> element(1, X) + 1.
clause(a, X) -> X.
%% Error reports go to STDOUT (logger default handler, type standard_io),
%% asynchronously. After each crash, main waits for the DOWN and then gives
%% the logger time to print (settle/0) before printing anything itself, so
%% the order of lines is fixed.
settle() -> timer:sleep(200).
crash(F) ->
    {P, R} = spawn_monitor(F),
    receive {'DOWN', R, process, P, W} -> settle(), W end.
reason({W, _}) -> W.
main(_) ->
    io:format("~p~n", [reason(crash(fun() -> ?MODULE:level1(?MODULE:id({x})) end))]),
    io:format("~p~n", [reason(crash(fun() -> ?MODULE:clause(b, lists:seq(1, 40)) end))]),
    io:format("~p~n", [reason(crash(fun() -> case ?MODULE:id(7) of 1 -> one end end))]),
    io:format("~p~n", [reason(crash(fun() -> maps:get(missing, ?MODULE:id(#{present => 1})) end))]),
    io:format("~p~n", [reason(crash(fun() -> list_to_atom(?MODULE:id(42)) end))]).
