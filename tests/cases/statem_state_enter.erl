#!/usr/bin/env escript
%% [state_functions, state_enter]: an enter call for the initial state
%% (OldState = the state itself), after each state change, after
%% repeat_state but not after keep_state or next_state to the same state;
%% the enter call may set data, a state timeout and reply.
-module(statem_state_enter).
-behaviour(gen_statem).
-mode(compile).
-export([main/1, init/1, callback_mode/0, idle/3, busy/3]).

main(_) ->
    {ok, P} = gen_statem:start(?MODULE, [], []),
    Steps = [log, work, log, same, log, keep, log, repeat, log, done, log],
    [io:format("~p -> ~p~n", [S, gen_statem:call(P, S)]) || S <- Steps],
    ok = gen_statem:stop(P).

init([]) -> {ok, idle, []}.

callback_mode() -> [state_functions, state_enter].

idle(enter, Old, Log) ->
    {keep_state, [{enter, idle, Old} | Log]};
idle({call, From}, work, Log) ->
    {next_state, busy, Log, [{reply, From, ok}]};
idle({call, From}, log, Log) ->
    {keep_state, [], [{reply, From, lists:reverse(Log)}]}.

busy(enter, Old, Log) ->
    {next_state, busy, [{enter, busy, Old} | Log], [{state_timeout, 1000, too_slow}]};
busy({call, From}, same, Log) ->
    {next_state, busy, Log, [{reply, From, ok}]};
busy({call, From}, keep, _Log) ->
    {keep_state_and_data, [{reply, From, ok}]};
busy({call, From}, repeat, Log) ->
    {repeat_state, [repeat | Log], [{reply, From, ok}]};
busy({call, From}, done, Log) ->
    {next_state, idle, Log, [{reply, From, ok}]};
busy({call, From}, log, Log) ->
    {keep_state, [], [{reply, From, lists:reverse(Log)}]}.
