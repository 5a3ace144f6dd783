#!/usr/bin/env escript
%% The "Generic server ... terminating" error report for a server that
%% stops with a reason of its own (no stack trace in it), and a bad return
%% value; a normal or shutdown stop reports nothing.
-module(gs_error_report).
-behaviour(gen_server).
-mode(compile).
-export([main/1, init/1, handle_call/3, handle_cast/2, terminate/2]).

main(_) ->
    run({stop, {shutdown, done}}),
    run({stop, normal}),
    run({stop, my_reason}),
    run(bad_return),
    io:format("end~n").

run(How) ->
    {ok, P} = gen_server:start({local, reporter}, ?MODULE, 42, []),
    M = monitor(process, P),
    gen_server:cast(reporter, How),
    receive {'DOWN', M, _, _, R} -> ok end,
    %% Wait until the reports are out, so that OTP prints in a fixed order.
    logger_std_h:filesync(default),
    io:format("~p -> down ~p~n", [How, R]).

init(S) -> {ok, {state, S}}.

handle_call(_, _, S) -> {reply, ok, S}.

handle_cast({stop, R}, S) -> {stop, R, S};
handle_cast(bad_return, _S) -> {what, is, this}.

terminate(_, _) -> ok.
