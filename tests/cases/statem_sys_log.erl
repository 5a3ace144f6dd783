#!/usr/bin/env escript
%% sys:log on a gen_statem: the logged system events ({in, Event, State},
%% {consume, ...}, {postpone, ...}, {start_timer, ...}, {out, ...}) as
%% terms from sys:log(Name, get), and printed by sys:log(Name, print).
-module(statem_sys_log).
-behaviour(gen_statem).
-mode(compile).
-export([main/1, init/1, callback_mode/0, s/3, t/3]).

main(_) ->
    {ok, _} = gen_statem:start({local, lg}, ?MODULE, [], [{debug, [{log, 20}]}]),
    gen_statem:cast(lg, wait),
    gen_statem:cast(lg, go),
    lg ! hello,
    _ = sys:get_state(lg),
    {ok, Events} = sys:log(lg, get),
    [io:format("~p~n", [E]) || E <- Events],
    ok = sys:log(lg, print),
    _ = sys:get_state(lg),
    ok = sys:log(lg, false),
    io:format("after false -> ~p~n", [sys:log(lg, get)]).

init([]) -> {ok, s, 0}.

callback_mode() -> state_functions.

s(cast, wait, _) -> {keep_state_and_data, [postpone]};
s(cast, go, N) -> {next_state, t, N + 1, [{state_timeout, 5000, late}, {next_event, internal, arrived}]}.

t(cast, wait, N) -> {keep_state, N + 1};
t(_, _, N) -> {keep_state, N + 1}.
