#!/usr/bin/env escript
%% A server whose handle_info raises: the report gives the reason with the
%% stack trace, the crash report follows, a linked trapping parent gets
%% the EXIT with {Reason, Stack}, and terminate/2 sees the same.
-module(gs_crash_in_callback).
-behaviour(gen_server).
-mode(compile).
-export([main/1, init/1, handle_call/3, handle_cast/2, handle_info/2, terminate/2]).

main(_) ->
    process_flag(trap_exit, true),
    {ok, P} = gen_server:start_link(?MODULE, self(), []),
    P ! divide,
    receive {'EXIT', P, {Reason, [Top | _]}} -> ok end,
    logger_std_h:filesync(default),
    io:format("EXIT ~p at ~p~n", [Reason, Top]),
    receive {terminate, {R2, _}} -> io:format("terminate saw ~p~n", [R2]) end,
    io:format("done~n").

init(Parent) -> {ok, Parent}.
handle_call(_, _, S) -> {reply, ok, S}.
handle_cast(_, S) -> {noreply, S}.
handle_info(divide, S) -> {noreply, S + 1}.
terminate(Reason, Parent) -> Parent ! {terminate, Reason}.
