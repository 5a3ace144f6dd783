#!/usr/bin/env escript
-module(crash_main_continues).
-mode(compile).
-export([main/1, id/1, divide/2]).
id(X) -> X.
divide(A, B) -> A div B.
settle() -> timer:sleep(200).
main(_) ->
    {P, R} = spawn_monitor(?MODULE, divide, [1, 0]),
    L = [X * X || X <- lists:seq(1, 10)],
    io:format("main computed ~p~n", [lists:sum(L)]),
    receive {'DOWN', R, process, P, {badarith, [Top | _]}} -> io:format("child: badarith at ~p~n", [Top]) end,
    spawn(fun() -> ?MODULE:id(not_a_list) ++ [1] end),
    io:format("main after second spawn~n"),
    settle(),
    io:format("main done~n").
