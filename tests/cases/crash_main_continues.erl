#!/usr/bin/env escript
-module(crash_main_continues).
-mode(compile).
-export([main/1, id/1, divide/2]).
id(X) -> X.
divide(A, B) -> A div B.
%% Error reports go to STDOUT (logger default handler, type standard_io),
%% asynchronously. After each crash, main waits for the DOWN and then gives
%% the logger time to print (settle/0) before printing anything itself, so
%% the order of lines is fixed.
settle() -> timer:sleep(200).
main(_) ->
    {P, R} = spawn_monitor(?MODULE, divide, [1, 0]),
    L = [X * X || X <- lists:seq(1, 10)],
    S = lists:sum(L),
    receive {'DOWN', R, process, P, {badarith, [Top | _]}} -> settle(), io:format("child: badarith at ~p~n", [Top]) end,
    io:format("main computed ~p~n", [S]),
    {_, R2} = spawn_monitor(fun() -> ?MODULE:id(not_a_list) ++ [1] end),
    receive {'DOWN', R2, _, _, _} -> settle() end,
    io:format("main after second crash~n"),
    io:format("main done~n").
