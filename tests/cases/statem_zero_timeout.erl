#!/usr/bin/env escript
%% Zero timeouts and init actions: a timeout of 0 fires before any message
%% already waiting in the mailbox (OTP 25 does not look at the mailbox
%% first), after inserted events; init/1 actions run before the first
%% state enter call, a postpone in them is ignored, and inserted events
%% come after the enter call.
-module(statem_zero_timeout).
-behaviour(gen_statem).
-mode(compile).
-export([main/1, init/1, callback_mode/0, handle_event/4]).

main(_) ->
    {ok, P} = gen_statem:start(?MODULE, self(), []),
    ok = sys:suspend(P),
    gen_statem:cast(P, {set, [{timeout, 0, event_zero}, {state_timeout, 0, state_zero},
                               {{timeout, g}, 0, generic_zero}]}),
    gen_statem:cast(P, queued_message),
    gen_statem:cast(P, {set, [{next_event, internal, inserted}, {timeout, 0, after_inserted}]}),
    ok = sys:resume(P),
    io:format("~p~n", [gen_statem:call(P, log)]).

init(_) ->
    {ok, s, [], [{next_event, internal, from_init}, postpone, {state_timeout, 0, init_zero}]}.

callback_mode() -> [handle_event_function, state_enter].

handle_event(enter, Old, S, Log) -> {keep_state, [{enter, Old, S} | Log]};
handle_event(cast, {set, Actions}, _, Log) -> {keep_state, [set | Log], Actions};
handle_event({call, From}, log, _, Log) -> {keep_state_and_data, [{reply, From, lists:reverse(Log)}]};
handle_event(Type, Content, _, Log) -> {keep_state, [{Type, Content} | Log]}.
