#!/usr/bin/env escript
%% handle_event_function mode: any term is a state, one callback gets
%% (EventType, EventContent, State, Data); repeat_state and
%% repeat_state_and_data, next_state to the same state, a list of replies.
-module(statem_handle_event).
-behaviour(gen_statem).
-mode(compile).
-export([main/1, init/1, callback_mode/0, handle_event/4]).

main(_) ->
    {ok, P} = gen_statem:start(?MODULE, 3, []),
    [io:format("~p -> ~p~n", [R, gen_statem:call(P, R)])
     || R <- [get, push, push, get, pop, get, repeat, repeat_same, same, get, {two, x}]],
    gen_statem:cast(P, {push, 10}),
    P ! {push, 20},
    io:format("get -> ~p~n", [gen_statem:call(P, get)]),
    io:format("stop -> ~p~n", [gen_statem:stop(P)]).

init(Max) -> {ok, {stack, []}, Max}.

callback_mode() -> handle_event_function.

handle_event({call, From}, get, State, Max) ->
    {keep_state_and_data, [{reply, From, {State, Max}}]};
handle_event({call, From}, push, {stack, L}, Max) when length(L) < Max ->
    {next_state, {stack, [length(L) | L]}, Max, [{reply, From, ok}]};
handle_event({call, From}, pop, {stack, [_ | L]}, Max) ->
    {next_state, {stack, L}, Max, {reply, From, ok}};
handle_event({call, From}, repeat, _State, Max) ->
    {repeat_state, Max + 1, [{reply, From, repeated}]};
handle_event({call, From}, repeat_same, _State, _Max) ->
    {repeat_state_and_data, [{reply, From, repeated}]};
handle_event({call, From}, same, State, Max) ->
    {next_state, State, Max * 2, [{reply, From, same}]};
handle_event({call, From}, {two, X}, _State, _Max) ->
    gen_statem:reply([{reply, From, X}, {reply, From, ignored}]),
    keep_state_and_data;
handle_event(EventType, {push, N}, {stack, L}, Max) when EventType =:= cast; EventType =:= info ->
    {next_state, {stack, [N | L]}, Max}.
