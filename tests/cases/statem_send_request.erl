#!/usr/bin/env escript
%% Asynchronous calls: send_request/2 then receive_response/2,
%% wait_response/2 and check_response/2; a timeout leaves the request
%% pending for wait_response but abandons it for receive_response; a
%% machine that dies gives {error, {Reason, ServerRef}}.
-module(statem_send_request).
-behaviour(gen_statem).
-mode(compile).
-export([main/1, init/1, callback_mode/0, s/3]).

main(_) ->
    logger:set_primary_config(level, none),
    {ok, P} = gen_statem:start({local, rq}, ?MODULE, [], []),
    R1 = gen_statem:send_request(rq, {echo, 1}),
    io:format("receive_response -> ~p~n", [gen_statem:receive_response(R1, 1000)]),
    R2 = gen_statem:send_request(P, {echo, 2}),
    io:format("wait_response -> ~p~n", [gen_statem:wait_response(R2, infinity)]),
    R3 = gen_statem:send_request(rq, {slow, 3}),
    io:format("wait_response 0 -> ~p~n", [gen_statem:wait_response(R3, 0)]),
    io:format("wait_response again -> ~p~n", [gen_statem:wait_response(R3, 1000)]),
    R4 = gen_statem:send_request(rq, {echo, 4}),
    Msg = receive M -> M end,
    io:format("check_response -> ~p~n", [gen_statem:check_response(Msg, R4)]),
    io:format("check_response other -> ~p~n", [gen_statem:check_response(other, R4)]),
    R5 = gen_statem:send_request(rq, {slow, 5}),
    io:format("receive_response 0 -> ~p~n", [gen_statem:receive_response(R5, 0)]),
    receive after 300 -> ok end,
    io:format("late reply dropped -> ~p~n", [process_info(self(), message_queue_len)]),
    R6 = gen_statem:send_request(rq, die),
    {error, {Reason, Ref}} = gen_statem:receive_response(R6, 1000),
    io:format("dead -> ~p, ref is the pid -> ~p~n", [Reason, Ref =:= P]).

init([]) -> {ok, s, []}.

callback_mode() -> state_functions.

s({call, From}, {echo, X}, _) -> {keep_state_and_data, [{reply, From, X}]};
s({call, From}, {slow, X}, _) -> receive after 100 -> ok end, {keep_state_and_data, [{reply, From, X}]};
s({call, _From}, die, _) -> {stop, died}.
