#!/usr/bin/env escript
-module(proc_lib_stop).
-mode(compile).
-export([main/1, init/1, system_continue/3, system_terminate/4,
         system_code_change/4, system_get_state/1, system_replace_state/2]).
%% proc_lib:stop/1,3 on a special process (one that serves system
%% messages): it terminates through system_terminate/4 with the reason
%% given; a stop with an abnormal reason is a crash report.

init(Parent) ->
    proc_lib:init_ack({ok, self()}),
    loop(Parent, []).

loop(Parent, Debug) ->
    receive
        {system, From, Request} ->
            sys:handle_system_msg(Request, From, Parent, ?MODULE, Debug, state)
    end.

system_continue(Parent, Debug, _State) -> loop(Parent, Debug).
system_terminate(Reason, _Parent, _Debug, _State) ->
    io:format("terminating: ~p~n", [Reason]),
    exit(Reason).
system_code_change(State, _Module, _OldVsn, _Extra) -> {ok, State}.
system_get_state(State) -> {ok, State}.
system_replace_state(F, State) -> S = F(State), {ok, S, S}.

start() ->
    {ok, P} = proc_lib:start(?MODULE, init, [self()]),
    P.

main(_) ->
    P1 = start(),
    io:format("stop/1: ~p~n", [proc_lib:stop(P1)]),
    io:format("alive: ~p~n", [is_process_alive(P1)]),
    P2 = start(),
    io:format("stop/3 shutdown: ~p~n", [proc_lib:stop(P2, shutdown, 1000)]),
    P3 = start(),
    R3 = proc_lib:stop(P3, {shutdown, bye}, infinity),
    io:format("stop/3 {shutdown, _}: ~p~n", [R3]),
    P4 = start(),
    R4 = proc_lib:stop(P4, too_bad, 1000),
    logger_std_h:filesync(default),
    io:format("stop/3 abnormal: ~p~n", [R4]),
    io:format("dead process: ~p~n", [catch proc_lib:stop(P4)]),
    io:format("no such name: ~p~n", [catch proc_lib:stop(no_such_name)]),
    io:format("done~n").
