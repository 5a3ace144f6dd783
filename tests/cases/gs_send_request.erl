#!/usr/bin/env escript
%% Asynchronous calls: send_request, then wait_response, receive_response
%% and check_response, including a server that dies and a timeout.
-module(gs_send_request).
-behaviour(gen_server).
-mode(compile).
-export([main/1, init/1, handle_call/3, handle_cast/2]).

main(_) ->
    logger:set_primary_config(level, none),
    {ok, P} = gen_server:start(?MODULE, [], []),
    R1 = gen_server:send_request(P, {echo, 1}),
    io:format("wait -> ~p~n", [gen_server:wait_response(R1, 1000)]),
    R2 = gen_server:send_request(P, {echo, 2}),
    io:format("receive -> ~p~n", [gen_server:receive_response(R2, 1000)]),
    R3 = gen_server:send_request(P, {echo, 3}),
    Msg = receive M -> M end,
    io:format("check -> ~p~n", [gen_server:check_response(Msg, R3)]),
    io:format("check other -> ~p~n", [gen_server:check_response(something_else, R3)]),
    R4 = gen_server:send_request(P, {slow, 200}),
    io:format("receive timeout -> ~p~n", [gen_server:receive_response(R4, 10)]),
    io:format("late reply dropped -> ~p~n", [receive X -> X after 400 -> none end]),
    R5 = gen_server:send_request(P, die),
    io:format("dies -> ~p~n", [shape(gen_server:wait_response(R5, 1000))]),
    R6 = gen_server:send_request(nobody, x),
    io:format("no name -> ~p~n", [gen_server:wait_response(R6, 1000)]).

shape({error, {R, P}}) when is_pid(P) -> {error, {R, pid}};
shape(X) -> X.

init([]) -> {ok, []}.
handle_call({echo, X}, _, S) -> {reply, X, S};
handle_call({slow, T}, _, S) -> receive after T -> {reply, slow, S} end;
handle_call(die, _, _) -> exit(died).
handle_cast(_, S) -> {noreply, S}.
