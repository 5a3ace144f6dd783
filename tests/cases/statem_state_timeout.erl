#!/usr/bin/env escript
%% State timeouts: fire in the same state; a state change cancels them, a
%% keep_state or next_state to the same state does not; a new one replaces
%% the old; cancel, infinity and update; set from a state enter call.
-module(statem_state_timeout).
-behaviour(gen_statem).
-mode(compile).
-export([main/1, init/1, callback_mode/0, handle_event/4]).

main(_) ->
    {ok, P} = gen_statem:start(?MODULE, [], []),
    step(P, {a, [{state_timeout, 100, first}]}),
    step(P, {a, [{state_timeout, 100, lost}]}, {goto, b}),
    step(P, {b, [{state_timeout, 100, kept}]}, keep),
    step(P, {b, [{state_timeout, 100, same}]}, {goto, b}),
    step(P, {b, [{state_timeout, 100, replaced}, {state_timeout, 50, newer}]}),
    step(P, {b, [{state_timeout, 100, x}, {state_timeout, cancel}]}),
    step(P, {b, [{state_timeout, 100, y}, {state_timeout, infinity, z}]}),
    step(P, {b, [{state_timeout, 100, old}]}, {update, new}),
    step(P, {b, []}, {goto, c}),
    ok.

step(P, Set) -> step(P, Set, nothing).
step(P, {_, Actions} = Set, Then) ->
    gen_statem:cast(P, {set, Actions}),
    gen_statem:cast(P, Then),
    receive after 500 -> ok end,
    io:format("~p then ~p: ~p~n", [Set, Then, gen_statem:call(P, log)]).

init([]) -> {ok, a, []}.

callback_mode() -> [handle_event_function, state_enter].

handle_event(enter, _Old, c, Log) ->
    {keep_state, [{enter, c} | Log], [{state_timeout, 10, from_enter}]};
handle_event(enter, _Old, _State, _Log) ->
    keep_state_and_data;
handle_event(cast, {set, Actions}, _, _) ->
    {keep_state_and_data, Actions};
handle_event(cast, nothing, _, _) ->
    keep_state_and_data;
handle_event(cast, keep, _, Log) ->
    {keep_state, [keep | Log]};
handle_event(cast, {goto, S}, _, Log) ->
    {next_state, S, [{goto, S} | Log]};
handle_event(cast, {update, Msg}, _, _) ->
    {keep_state_and_data, [{state_timeout, update, Msg}]};
handle_event({call, From}, log, _, Log) ->
    {keep_state, [], [{reply, From, lists:reverse(Log)}]};
handle_event(Type, Content, State, Log) ->
    {keep_state, [{State, Type, Content} | Log]}.
