#!/usr/bin/env escript
-module(crash_linked_middle).
-mode(compile).
-export([main/1, id/1]).
id(X) -> X.
%% Error reports go to STDOUT (logger default handler, type standard_io),
%% asynchronously. After each crash, main waits for the DOWN and then gives
%% the logger time to print (settle/0) before printing anything itself, so
%% the order of lines is fixed.
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
    C = receive {child, C0} -> C0 end,
    Rc = monitor(process, C),
    C ! go,
    CR = receive {'DOWN', Rc, process, C, {CR0, _}} -> CR0 end,
    MR = receive {'DOWN', R, process, Mid, {MR0, _}} -> MR0 end,
    settle(),
    io:format("child: ~p~n", [CR]),
    io:format("parent: ~p~n", [MR]).
