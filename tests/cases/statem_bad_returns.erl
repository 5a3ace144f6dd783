#!/usr/bin/env escript
%% The exit reasons gen_statem gives for bad callback results and actions,
%% as OTP names them, with their stack traces: bad returns from a state
%% function or a state enter call, actions a state enter call may not
%% use, malformed actions, bad replies in stop_and_reply.
-module(statem_bad_returns).
-behaviour(gen_statem).
-mode(compile).
-export([main/1, init/1, callback_mode/0, handle_event/4]).

main(_) ->
    logger:set_primary_config(level, none),
    Cases = [{event, what}, {event, {next_state, s}}, {event, {keep_state_and_data, [{postpone, maybe}]}},
             {event, {keep_state_and_data, [{next_event, bogus, x}]}},
             {event, {keep_state_and_data, [{reply, self, x}]}},
             {event, {keep_state_and_data, [{timeout, 10, x, [{abs, yes}]}]}},
             {event, {keep_state_and_data, [{timeout, -5, x, [{abs, false}]}]}},
             {event, {keep_state_and_data, [{bogus_timeout, 10, x, []}]}},
             {event, {keep_state_and_data, [{state_timeout, update, x, []}]}},
             {event, {keep_state_and_data, [{bogus, cancel}]}},
             {event, {keep_state_and_data, [-1]}},
             {event, {keep_state_and_data, [pop_callback_module]}},
             {event, {stop_and_reply, normal, [{reply, nobody, x}]}},
             {event, {stop_and_reply, normal, [not_a_reply]}},
             {enter, {next_state, elsewhere, data}},
             {enter, {next_state, elsewhere, data, []}},
             {enter, [postpone]}, {enter, [{postpone, true}]},
             {enter, [{next_event, internal, x}]},
             {enter, [{change_callback_module, other}]},
             {enter, [{push_callback_module, other}]},
             {enter, [reply_to_main, hibernate, {timeout, 5, x}, bad]},
             {enter, oops}],
    [run(C) || C <- Cases],
    ok.

run(Case) ->
    {ok, {P, M}} = gen_statem:start_monitor(?MODULE, Case, []),
    gen_statem:cast(P, go),
    receive {'DOWN', M, _, _, Reason} -> io:format("~p:~n  ~p~n", [Case, Reason]) end.

init(Case) -> {ok, start, Case}.

callback_mode() -> [handle_event_function, state_enter].

handle_event(enter, _, start, _) -> keep_state_and_data;
handle_event(enter, _, go, {enter, Actions}) when is_list(Actions) ->
    {keep_state_and_data, [reply_to_main(A) || A <- Actions]};
handle_event(enter, _, go, {enter, Result}) -> Result;
handle_event(cast, go, _, {event, Result}) -> Result;
handle_event(cast, go, _, Data) -> {next_state, go, Data}.

reply_to_main(reply_to_main) -> {reply, {hd(get('$ancestors')), tag}, ok};
reply_to_main(Action) -> Action.
