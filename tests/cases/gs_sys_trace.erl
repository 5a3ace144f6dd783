#!/usr/bin/env escript
%% sys:trace prints each event a gen_server sees (*DBG* lines), and the
%% {debug, [trace]} start option does the same from the start.
-module(gs_sys_trace).
-behaviour(gen_server).
-mode(compile).
-export([main/1, init/1, handle_call/3, handle_cast/2, handle_info/2]).

main(_) ->
    {ok, _} = gen_server:start({local, tr}, ?MODULE, 0, []),
    ok = sys:trace(tr, true),
    gen_server:cast(tr, {add, 2}),
    tr ! {add, 3},
    5 = gen_server:call(tr, get),
    ok = sys:trace(tr, false),
    gen_server:cast(tr, {add, 1}),
    6 = gen_server:call(tr, get),
    {ok, _} = gen_server:start({local, tr2}, ?MODULE, 100, [{debug, [trace]}]),
    gen_server:cast(tr2, {add, 1}),
    101 = gen_server:call(tr2, get),
    io:format("done~n").

init(N) -> {ok, N}.
handle_call(get, _, N) -> {reply, N, N}.
handle_cast({add, K}, N) -> {noreply, N + K}.
handle_info({add, K}, N) -> {noreply, N + K}.
