#!/usr/bin/env escript
%% Deep body recursion against max_heap_size, which counts the stack: a
%% recursion 10M deep that only grows the stack is killed at the limit
%% (the process alone), one within it finishes, and a list built on the
%% way back up counts too.
-module(limit_deep_recursion).
-mode(compile).
main(_) ->
    Limit = fun(Words) -> [monitor, {max_heap_size, #{size => Words, error_logger => false}}] end,
    io:format("~p~n", [run(fun() -> depth(10000000) end, Limit(1000000))]),
    io:format("~p~n", [run(fun() -> depth(100000) end, Limit(1000000))]),
    io:format("~p~n", [run(fun() -> length(build(1000000)) end, Limit(100000))]),
    io:format("~p~n", [run(fun() -> length(build(1000)) end, Limit(100000))]),
    io:format("~p~n", [depth(1000000)]).

run(F, Opts) ->
    {Pid, Ref} = spawn_opt(fun() -> exit({result, F()}) end, Opts),
    receive {'DOWN', Ref, process, Pid, Why} -> Why end.

depth(0) -> 0;
depth(N) -> 1 + depth(N - 1).

build(0) -> [];
build(N) -> [N | build(N - 1)].
