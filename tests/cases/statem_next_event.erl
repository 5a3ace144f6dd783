#!/usr/bin/env escript
%% {next_event, Type, Content}: inserted events are handled before any
%% message, in the order of the actions, with any event type (internal,
%% cast, info, {call, From}, timeout types); a reply to an inserted call.
-module(statem_next_event).
-behaviour(gen_statem).
-mode(compile).
-export([main/1, init/1, callback_mode/0, handle_event/4]).

main(_) ->
    {ok, P} = gen_statem:start(?MODULE, [], []),
    gen_statem:cast(P, go),
    gen_statem:cast(P, later),
    io:format("log ~p~n", [gen_statem:call(P, log)]),
    io:format("call via next_event ~p~n", [gen_statem:call(P, ask)]),
    io:format("log ~p~n", [gen_statem:call(P, log)]).

init([]) ->
    {ok, s0, [], [{next_event, internal, from_init}]}.

callback_mode() -> handle_event_function.

handle_event(cast, go, s0, Log) ->
    {next_state, s1, [go | Log],
     [{next_event, internal, a}, {next_event, cast, b}, {next_event, info, c},
      {next_event, timeout, d}, {next_event, state_timeout, e},
      {next_event, {timeout, t}, f}]};
handle_event(internal, a, s1, Log) ->
    {keep_state, [a | Log], [{next_event, internal, a2}]};
handle_event({call, From}, log, _, Log) ->
    {keep_state_and_data, [{reply, From, lists:reverse(Log)}]};
handle_event({call, From}, ask, _, Log) ->
    {keep_state, [ask | Log], [{next_event, {call, From}, inner}]};
handle_event({call, From}, inner, _, Log) ->
    {keep_state, [inner | Log], [{reply, From, answered_inner}]};
handle_event(Type, Content, State, Log) ->
    {keep_state, [{State, Type, Content} | Log]}.
