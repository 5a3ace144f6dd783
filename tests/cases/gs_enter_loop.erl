#!/usr/bin/env escript
%% gen_server:enter_loop turns a proc_lib process into a server; a process
%% not started by proc_lib cannot.
-module(gs_enter_loop).
-behaviour(gen_server).
-mode(compile).
-export([main/1, init/1, handle_call/3, handle_cast/2, start_it/1]).

main(_) ->
    logger:set_primary_config(level, none),
    {ok, P} = proc_lib:start(?MODULE, start_it, [self()]),
    io:format("call -> ~p~n", [gen_server:call(P, get)]),
    io:format("named -> ~p~n", [gen_server:call(entered, get)]),
    {P2, M} = spawn_monitor(fun() -> gen_server:enter_loop(?MODULE, [], st) end),
    receive {'DOWN', M, _, P2, R} -> io:format("plain process -> ~p~n", [R]) end.

start_it(Parent) ->
    register(entered, self()),
    proc_lib:init_ack(Parent, {ok, self()}),
    gen_server:enter_loop(?MODULE, [], {entered_state, Parent =:= hd(get('$ancestors'))}, {local, entered}).

init(_) -> {ok, unused}.
handle_call(get, _, S) -> {reply, S, S}.
handle_cast(_, S) -> {noreply, S}.
