#!/usr/bin/env escript
%% postpone: a postponed event is retried, oldest first, after the next
%% state change (not after keep_state or a transition to the same state),
%% ahead of events still queued; {postpone, false} undoes it; events
%% inserted with next_event go before the retried ones.
-module(statem_postpone).
-behaviour(gen_statem).
-mode(compile).
-export([main/1, init/1, callback_mode/0, handle_event/4]).

main(_) ->
    {ok, P} = gen_statem:start(?MODULE, self(), []),
    [gen_statem:cast(P, E) || E <- [{job, 1}, {job, 2}, stay, {job, 3}, same, open, {job, 4},
                                   close, {job, 5}, {job, 6}, {job, 7}, undo, open_with_next]],
    gen_statem:cast(P, done),
    receive {done, Log} -> [io:format("~p~n", [L]) || L <- Log] end,
    ok.

init(Main) -> {ok, closed, {Main, []}}.

callback_mode() -> handle_event_function.

handle_event(cast, {job, N}, closed, _) when N >= 7 ->
    {keep_state_and_data, [postpone, {postpone, false}]};
handle_event(cast, {job, _}, closed, _) ->
    {keep_state_and_data, postpone};
handle_event(cast, stay, closed, Data) ->
    {keep_state, log(Data, stay)};
handle_event(cast, same, closed, Data) ->
    {next_state, closed, log(Data, same)};
handle_event(cast, open, closed, Data) ->
    {next_state, open, log(Data, open)};
handle_event(cast, open_with_next, closed, Data) ->
    {next_state, open, log(Data, open_with_next),
     [{next_event, internal, first}, {next_event, cast, second}]};
handle_event(cast, undo, closed, Data) ->
    {keep_state, log(Data, undo)};
handle_event(cast, close, open, Data) ->
    {next_state, closed, log(Data, close)};
handle_event(cast, done, _, {Main, Log}) ->
    Main ! {done, lists:reverse(Log)},
    keep_state_and_data;
handle_event(Type, Event, State, Data) ->
    {keep_state, log(Data, {State, Type, Event})}.

log({Main, Log}, Entry) -> {Main, [Entry | Log]}.
