#!/usr/bin/env escript
%% Event timeouts: {timeout, T, Msg} and a bare integer (the content is
%% the time). Any event cancels it, even one that keeps the state; a
%% timeout of 0 fires as soon as no events are queued; infinity and
%% {timeout, cancel} cancel it; {timeout, update, Msg} changes the content.
-module(statem_event_timeout).
-behaviour(gen_statem).
-mode(compile).
-export([main/1, init/1, callback_mode/0, handle_event/4]).

main(_) ->
    {ok, P} = gen_statem:start(?MODULE, self(), []),
    run(P, {set, {timeout, 100, tick}}),
    run(P, {set, 50}),
    gen_statem:cast(P, {set, {timeout, 100, never}}),
    gen_statem:cast(P, noise),
    run(P, {set, {timeout, 0, zero}}),
    gen_statem:cast(P, {set, {timeout, 100, cancelled}}),
    run(P, {set, {timeout, cancel}}),
    gen_statem:cast(P, {set, {timeout, 100, nope}}),
    run(P, {set, infinity}),
    gen_statem:cast(P, {set, {timeout, 100, old}}),
    run(P, {set, {timeout, update, new}}),
    run(P, {set, {timeout, update, from_nothing}}),
    io:format("log ~p~n", [gen_statem:call(P, log)]).

%% Sets a timeout, then waits a while (virtual time in ferl) and shows
%% what happened.
run(P, Cast) ->
    gen_statem:cast(P, Cast),
    receive after 300 -> ok end,
    io:format("~p: ~p~n", [Cast, gen_statem:call(P, log)]).

init(_Main) -> {ok, s, []}.

callback_mode() -> handle_event_function.

handle_event(cast, {set, Action}, _, Log) ->
    {keep_state, [{set, Action} | Log], [Action]};
handle_event({call, From}, log, _, Log) ->
    {keep_state, [], [{reply, From, lists:reverse(Log)}]};
handle_event(Type, Content, _, Log) ->
    {keep_state, [{Type, Content} | Log]}.
