#!/usr/bin/env escript
%% Generic timeouts {{timeout, Name}, T, Msg}: several run at once, each
%% name independent; they survive events and state changes; the same name
%% restarts the timer; cancel and update by name; zero timeouts fire in
%% the order they were set, after the inserted events.
-module(statem_generic_timeout).
-behaviour(gen_statem).
-mode(compile).
-export([main/1, init/1, callback_mode/0, handle_event/4]).

main(_) ->
    {ok, P} = gen_statem:start(?MODULE, [], []),
    gen_statem:cast(P, {set, [{{timeout, a}, 300, a1}, {{timeout, b}, 100, b1},
                               {{timeout, c}, 200, c1}]}),
    gen_statem:cast(P, {goto, other}),
    gen_statem:cast(P, {set, [{{timeout, c}, 400, c2}, {{timeout, b}, cancel}]}),
    gen_statem:cast(P, {set, [{{timeout, a}, update, a2}]}),
    receive after 1000 -> ok end,
    io:format("~p~n", [gen_statem:call(P, log)]),
    gen_statem:cast(P, {set, [{{timeout, z}, 0, z}, {{timeout, y}, 0, y}, {timeout, 0, t},
                               {state_timeout, 0, s}, {next_event, internal, first}]}),
    io:format("~p~n", [gen_statem:call(P, log)]),
    gen_statem:cast(P, {set, [{{timeout, q}, 50, q}, {{timeout, q}, infinity, q2}]}),
    receive after 200 -> ok end,
    io:format("~p~n", [gen_statem:call(P, log)]).

init([]) -> {ok, start, []}.

callback_mode() -> handle_event_function.

handle_event(cast, {set, Actions}, _, _) ->
    {keep_state_and_data, Actions};
handle_event(cast, {goto, S}, _, Log) ->
    {next_state, S, [{goto, S} | Log]};
handle_event({call, From}, log, _, Log) ->
    {keep_state, [], [{reply, From, lists:reverse(Log)}]};
handle_event(Type, Content, State, Log) ->
    {keep_state, [{State, Type, Content} | Log]}.
