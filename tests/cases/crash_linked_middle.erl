#!/usr/bin/env escript
-module(crash_linked_middle).
-mode(compile).
-export([main/1, id/1]).
id(X) -> X.
settle() -> timer:sleep(200).
%% A crash in a linked child takes down its non-trapping parent (not main).
%% Only the child gets an error report; the parent is killed by the exit
%% signal, which is not reported.
main(_) ->
    Me = self(),
    {Mid, R} = spawn_monitor(fun() ->
        C = spawn_link(fun() -> receive go -> error(?MODULE:id(child_failed)) end end),
        Me ! {child, C},
        receive after infinity -> ok end
    end),
    receive {child, C} -> ok end,
    Rc = monitor(process, C),
    C ! go,
    receive {'DOWN', Rc, process, C, {CR, _}} -> io:format("child: ~p~n", [CR]) end,
    receive {'DOWN', R, process, Mid, {MR, _}} -> io:format("parent: ~p~n", [MR]) end,
    settle().
