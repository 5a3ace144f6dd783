#!/usr/bin/env escript
%% Request-id collections (OTP 25): several send_request/4 calls gathered
%% in one collection, answered with wait_response/3, receive_response/3 and
%% check_response/3, keeping or deleting the answered request.
-module(gs_request_collections).
-behaviour(gen_server).
-mode(compile).
-export([main/1, init/1, handle_call/3, handle_cast/2]).

main(_) ->
    logger:set_primary_config(level, none),
    {ok, P} = gen_server:start(?MODULE, [], []),
    C0 = gen_server:reqids_new(),
    io:format("empty -> ~p ~p~n", [gen_server:reqids_size(C0), gen_server:wait_response(C0, 100, true)]),
    C1 = gen_server:send_request(P, {echo, a}, first, C0),
    C2 = gen_server:send_request(P, {echo, b}, second, C1),
    io:format("size -> ~p~n", [gen_server:reqids_size(C2)]),
    io:format("labels -> ~p~n", [lists:sort([L || {_, L} <- gen_server:reqids_to_list(C2)])]),
    {R1, L1, C3} = gen_server:wait_response(C2, 1000, true),
    io:format("first answer -> ~p ~p ~p~n", [R1, L1, gen_server:reqids_size(C3)]),
    {R2, L2, C4} = gen_server:receive_response(C3, 1000, false),
    io:format("second answer -> ~p ~p ~p~n", [R2, L2, gen_server:reqids_size(C4)]),
    C5 = gen_server:send_request(P, {echo, c}, third, gen_server:reqids_new()),
    Msg = receive M -> M end,
    io:format("check other -> ~p~n", [gen_server:check_response(unrelated, C5, true)]),
    {R3, L3, C6} = gen_server:check_response(Msg, C5, true),
    io:format("check -> ~p ~p ~p~n", [R3, L3, gen_server:reqids_size(C6)]),
    C7 = gen_server:send_request(P, {slow, 300}, slow, gen_server:reqids_new()),
    io:format("timeout -> ~p~n", [gen_server:receive_response(C7, 10, true)]),
    io:format("late reply dropped -> ~p~n", [receive X -> X after 500 -> none end]),
    C8 = gen_server:send_request(P, die, dies, gen_server:reqids_new()),
    {{error, {Why, _}}, dies, _} = gen_server:wait_response(C8, 1000, true),
    io:format("server died -> ~p~n", [Why]),
    io:format("bad add -> ~p~n", [catch gen_server:reqids_add(not_a_ref, x, #{})]).

init([]) -> {ok, []}.
handle_call({echo, X}, _, S) -> {reply, X, S};
handle_call({slow, T}, _, S) -> receive after T -> {reply, slow, S} end;
handle_call(die, _, _) -> exit(died).
handle_cast(_, S) -> {noreply, S}.
