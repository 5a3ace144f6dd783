#!/usr/bin/env escript
%% sys:trace on a gen_statem prints its *DBG* lines: events received,
%% consumed or postponed (with the state change), inserted events,
%% timers started, replies, and the terminate line; the {debug, [trace]}
%% option traces from the start (enter line).
-module(statem_sys_trace).
-behaviour(gen_statem).
-mode(compile).
-export([main/1, init/1, callback_mode/0, handle_event/4]).

main(_) ->
    {ok, _} = gen_statem:start({local, tr}, ?MODULE, [], []),
    ok = sys:trace(tr, true),
    gen_statem:cast(tr, {go, b}),
    gen_statem:cast(tr, hold),
    gen_statem:cast(tr, {go, c}),
    tr ! hello,
    sync(tr),
    ok = sys:trace(tr, false),
    gen_statem:cast(tr, quiet),
    sync(tr),
    {ok, _} = gen_statem:start({local, tr2}, ?MODULE, [], [{debug, [trace]}]),
    gen_statem:cast(tr2, {go, b}),
    sync(tr2),
    gen_statem:stop(tr2),
    io:format("done~n").

sync(Name) -> _ = sys:get_state(Name), ok.

init([]) -> {ok, a, 0}.

callback_mode() -> handle_event_function.

handle_event(cast, {go, S}, _, N) ->
    {next_state, S, N + 1, [{next_event, internal, {arrived, S}}, {state_timeout, 1000, late}]};
handle_event(cast, hold, b, _) ->
    {keep_state_and_data, [postpone]};
handle_event(_, _, _, N) ->
    {keep_state, N + 1}.
