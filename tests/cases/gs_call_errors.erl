#!/usr/bin/env escript
%% How gen_server:call fails: no such name, a dead pid, a timeout, a
%% server that dies during the call, calling oneself; the late reply after
%% a timeout never reaches the caller.
-module(gs_call_errors).
-behaviour(gen_server).
-mode(compile).
-export([main/1, init/1, handle_call/3, handle_cast/2]).

main(_) ->
    logger:set_primary_config(level, none),
    io:format("~p~n", [catch gen_server:call(nobody, hi)]),
    {ok, P} = gen_server:start(?MODULE, [], []),
    io:format("~p~n", [catch gen_server:call(P, {sleep, 100}, 10)]),
    io:format("late reply -> ~p~n", [receive M -> M after 200 -> none end]),
    io:format("~p~n", [catch gen_server:call(P, die)]),
    io:format("~p~n", [catch gen_server:call(P, hi)]),
    io:format("~p~n", [catch gen_server:call(P, hi, infinity)]),
    {ok, P2} = gen_server:start({local, me}, ?MODULE, [], []),
    io:format("~p~n", [gen_server:call(me, call_myself)]),
    io:format("~p~n", [catch gen_server:call({me, node()}, {sleep, 0})]),
    io:format("~p~n", [catch gen_server:call(me, {stop_reply, bye})]),
    io:format("alive -> ~p~n", [is_process_alive(P2)]),
    io:format("~p~n", [catch gen_server:call(me, hi)]).

init([]) -> {ok, []}.

handle_call({sleep, T}, _From, S) -> receive after T -> ok end, {reply, slept, S};
handle_call(die, _From, _S) -> exit(dying);
handle_call(call_myself, _From, S) -> {reply, catch gen_server:call(self(), x), S};
handle_call({stop_reply, R}, _From, S) -> {stop, normal, R, S}.

handle_cast(_, S) -> {noreply, S}.
