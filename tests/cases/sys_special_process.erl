#!/usr/bin/env escript
%% A hand-written special process: it passes {system, From, Msg} to
%% sys:handle_system_msg/6 and implements system_continue/3,
%% system_terminate/4, system_code_change/4, system_get_state/1.
%% Suspended, it queues its own messages; sys:terminate ends it.
-module(sys_special_process).
-mode(compile).
-export([main/1, init/1, system_continue/3, system_terminate/4,
         system_code_change/4, system_get_state/1, system_replace_state/2]).

main(_) ->
    {ok, P} = proc_lib:start_link(?MODULE, init, [self()]),
    P ! {incr, self()},
    io:format("incr -> ~p~n", [receive {count, N} -> N end]),
    io:format("get_state -> ~p~n", [sys:get_state(P)]),
    ok = sys:suspend(P),
    P ! {incr, self()},
    io:format("while suspended -> ~p~n", [receive {count, N2} -> N2 after 100 -> queued end]),
    io:format("change_code -> ~p~n", [sys:change_code(P, ?MODULE, "1", 100)]),
    ok = sys:resume(P),
    io:format("after resume -> ~p~n", [receive {count, N3} -> N3 after 1000 -> none end]),
    {status, P, {module, ?MODULE}, [_, running, Parent, [], Misc]} = sys:get_status(P),
    io:format("status -> ~p ~p~n", [Parent =:= self(), Misc]),
    process_flag(trap_exit, true),
    io:format("terminate -> ~p~n", [sys:terminate(P, normal)]),
    io:format("exit -> ~p~n", [receive {'EXIT', P, R} -> R end]).

init(Parent) ->
    proc_lib:init_ack(Parent, {ok, self()}),
    loop(Parent, [], 0).

loop(Parent, Debug, Count) ->
    receive
        {system, From, Msg} ->
            sys:handle_system_msg(Msg, From, Parent, ?MODULE, Debug, Count);
        {incr, From} ->
            From ! {count, Count + 1},
            loop(Parent, Debug, Count + 1)
    end.

system_continue(Parent, Debug, Count) -> loop(Parent, Debug, Count).
system_terminate(Reason, _Parent, _Debug, _Count) -> exit(Reason).
system_code_change(Count, ?MODULE, "1", Extra) -> {ok, Count + Extra}.
system_get_state(Count) -> {ok, {count, Count}}.
system_replace_state(F, Count) -> N = F(Count), {ok, N, N}.
