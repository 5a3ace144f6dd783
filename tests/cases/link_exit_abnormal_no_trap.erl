#!/usr/bin/env escript
-module(link_exit_abnormal_no_trap).
-mode(compile).
-export([main/1]).
%% An abnormal exit of a linked process kills a non-trapping process with
%% the same reason; main watches the middle process with a monitor.
main(_) ->
    Me = self(),
    {Mid, R} = spawn_monitor(fun() ->
        spawn_link(fun() -> receive go -> exit(crashed) end end) ! go,
        receive after infinity -> Me ! not_reached end
    end),
    receive {'DOWN', R, process, Mid, Why} -> io:format("middle died: ~p~n", [Why]) end,
    {Mid2, R2} = spawn_monitor(fun() ->
        spawn_link(fun() -> exit({shutdown, 7}) end),
        receive after infinity -> ok end
    end),
    receive {'DOWN', R2, process, Mid2, Why2} -> io:format("middle died: ~p~n", [Why2]) end,
    receive Any -> io:format("unexpected ~p~n", [Any]) after 0 -> io:format("no more messages~n") end.
