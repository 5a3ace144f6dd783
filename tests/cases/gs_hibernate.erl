#!/usr/bin/env escript
%% A server that hibernates (from init, after a call, after a cast and
%% through hibernate_after) keeps its state and answers as before.
-module(gs_hibernate).
-behaviour(gen_server).
-mode(compile).
-export([main/1, init/1, handle_call/3, handle_cast/2, handle_info/2]).

main(_) ->
    {ok, P} = gen_server:start(?MODULE, 0, []),
    io:format("call -> ~p~n", [gen_server:call(P, incr)]),
    gen_server:cast(P, incr),
    P ! incr,
    io:format("call -> ~p~n", [gen_server:call(P, incr)]),
    {ok, P2} = gen_server:start(?MODULE, 100, [{hibernate_after, 10}]),
    receive after 50 -> ok end,
    io:format("after idle -> ~p~n", [gen_server:call(P2, incr)]),
    io:format("sys state -> ~p~n", [sys:get_state(P2)]),
    ok = sys:suspend(P2),
    ok = sys:resume(P2),
    io:format("after suspend -> ~p~n", [gen_server:call(P2, incr)]).

init(N) -> {ok, N, hibernate}.
handle_call(incr, _, N) -> {reply, N + 1, N + 1, hibernate}.
handle_cast(incr, N) -> {noreply, N + 1, hibernate}.
handle_info(incr, N) -> {noreply, N + 1, hibernate}.
