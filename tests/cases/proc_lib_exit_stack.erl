#!/usr/bin/env escript
-module(proc_lib_exit_stack).
-mode(compile).
-export([main/1, f/0, g/1]).
%% The exit reason of a crashed proc_lib process carries the stack trace,
%% down to proc_lib's own frame (init_p_do_apply/3 for spawn/3, init_p/3
%% for a fun). Reports are off: only the reasons are printed.

f() -> erlang:error(oops).
g(X) -> X + 1.

%% The reason a linked proc_lib process gives its (non-trapping) parent.
reason_of(Spawn) ->
    {P, R} = spawn_monitor(fun() -> Spawn(), receive after infinity -> ok end end),
    receive {'DOWN', R, process, P, Why} -> io:format("~p~n", [Why]) end.

main(_) ->
    logger:set_primary_config(level, none),
    reason_of(fun() -> proc_lib:spawn_link(?MODULE, f, []) end),
    reason_of(fun() -> proc_lib:spawn_link(fun() -> g(x) end) end),
    reason_of(fun() -> proc_lib:spawn_link(fun ?MODULE:f/0) end),
    reason_of(fun() -> proc_lib:spawn_link(erlang, throw, [ball]) end),
    reason_of(fun() -> proc_lib:spawn_opt(?MODULE, g, [y], [link]) end).
