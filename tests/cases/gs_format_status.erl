#!/usr/bin/env escript
%% format_status/2 shapes what sys:get_status shows and what the crash
%% report prints as the state; format_status/1 (OTP 25) does the same
%% with a map, and can hide the reason and last message too.
-module(gs_format_status).
-behaviour(gen_server).
-mode(compile).
-export([main/1, init/1, handle_call/3, handle_cast/2, format_status/2]).

main(_) ->
    {ok, P} = gen_server:start(?MODULE, {secret, 42}, []),
    {status, _, _, [_, _, _, _, Misc]} = sys:get_status(P),
    io:format("status -> ~p~n", [lists:last(Misc)]),
    M = monitor(process, P),
    gen_server:cast(P, stop),
    receive {'DOWN', M, _, _, R} -> ok end,
    logger_std_h:filesync(default),
    io:format("down ~p~n", [R]),
    {ok, P2} = gen_server:start(?MODULE, {map, {secret, 7}}, []),
    {status, _, _, [_, _, _, _, Misc2]} = sys:get_status(P2),
    io:format("status/1 -> ~p~n", [lists:last(Misc2)]),
    M2 = monitor(process, P2),
    gen_server:cast(P2, {stop, {password, "hunter2"}}),
    receive {'DOWN', M2, _, _, R2} -> ok end,
    logger_std_h:filesync(default),
    io:format("down ~p~n", [R2]).

init(S) -> {ok, S}.
handle_call(_, _, S) -> {reply, ok, S}.
handle_cast(stop, S) -> {stop, going, S};
handle_cast({stop, Why}, S) -> {stop, Why, S}.
format_status(normal, [_PDict, {secret, _}]) -> [{data, [{"State", hidden}]}];
format_status(terminate, [_PDict, {secret, _}]) -> {secret, '***'};
format_status(normal, [_PDict, {map, _}]) -> [{data, [{"State", map_hidden}]}];
format_status(terminate, [_PDict, {map, _}]) -> {map, '***'}.
