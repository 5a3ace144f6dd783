#!/usr/bin/env escript
%% Timeout options: {abs, true} takes a time of erlang:monotonic_time/1
%% in milliseconds (a time in the past fires at once), {abs, false} and
%% [] are relative, a single option needs no list; OTP 25 takes no more
%% than one option: a longer list is a bad action.
-module(statem_timeout_abs).
-behaviour(gen_statem).
-mode(compile).
-export([main/1, init/1, callback_mode/0, handle_event/4]).

main(_) ->
    {ok, P} = gen_statem:start(?MODULE, [], []),
    Now = erlang:monotonic_time(millisecond),
    gen_statem:cast(P, {set, [{{timeout, a}, Now + 200, abs_200, {abs, true}},
                               {{timeout, b}, Now - 1, abs_past, [{abs, true}]},
                               {{timeout, c}, 100, rel_100, [{abs, false}]},
                               {{timeout, d}, 50, rel_50, []},
                               {state_timeout, 300, relative, {abs, false}}]}),
    receive after 500 -> ok end,
    io:format("~p~n", [gen_statem:call(P, log)]),
    logger:set_primary_config(level, none),
    M = monitor(process, P),
    gen_statem:cast(P, {set, [{state_timeout, 300, two_options, [{abs, false}, {abs, false}]}]}),
    receive {'DOWN', M, _, _, {Reason, _}} -> io:format("~p~n", [Reason]) end.

init([]) -> {ok, s, []}.

callback_mode() -> handle_event_function.

handle_event(cast, {set, Actions}, _, _) -> {keep_state_and_data, Actions};
handle_event({call, From}, log, _, Log) -> {keep_state_and_data, [{reply, From, lists:reverse(Log)}]};
handle_event(Type, Content, _, Log) -> {keep_state, [{Type, Content} | Log]}.
