#!/usr/bin/env escript
-module(proc_send_unregistered).
-mode(compile).
-export([main/1, id/1]).
id(X) -> X.
r(F) -> try F() catch C:R -> {C, R} end.
main(_) ->
    io:format("~p~n", [r(fun() -> ?MODULE:id(no_such_name) ! hello end)]),
    io:format("~p~n", [r(fun() -> erlang:send(?MODULE:id(no_such_name), hello) end)]),
    io:format("~p~n", [r(fun() -> ?MODULE:id(42) ! hello end)]),
    io:format("~p~n", [r(fun() -> ?MODULE:id("str") ! hello end)]),
    io:format("tuple form, local node: ~p~n", [r(fun() -> {no_such_name, node()} ! hello end)]),
    try ?MODULE:id(ghost) ! boo
    catch error:badarg:St ->
        [{M, F, A, _} | _] = St,
        io:format("stack top: ~p~n", [{M, F, A}])
    end,
    {P, R} = spawn_monitor(fun() -> ok end),
    receive {'DOWN', R, process, P, _} -> ok end,
    io:format("to dead pid: ~p~n", [r(fun() -> P ! hello end)]),
    io:format("still alive: ~p~n", [is_process_alive(self())]).
