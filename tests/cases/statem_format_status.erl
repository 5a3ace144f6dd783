#!/usr/bin/env escript
%% format_status/1 (OTP 25's map form) in sys:get_status and in the crash
%% report: it may rewrite state, data, postponed, timeouts, queue and
%% reason; one that crashes or returns something else is noted in the
%% status instead.
-module(statem_format_status).
-behaviour(gen_statem).
-mode(compile).
-export([main/1, init/1, callback_mode/0, s/3, format_status/1]).

main(_) ->
    [status(How) || How <- [hide, crash, not_map, extra_key]],
    {ok, {P, M}} = gen_statem:start_monitor(?MODULE, hide, []),
    gen_statem:cast(P, postponed_one),
    gen_statem:cast(P, {stop, secret_reason}),
    receive {'DOWN', M, _, _, R} -> ok end,
    logger_std_h:filesync(default),
    io:format("down -> ~p~n", [R]).

status(How) ->
    {ok, P} = gen_statem:start(?MODULE, How, []),
    gen_statem:cast(P, postponed_one),
    {status, _, _, [_, _, _, _, [_Header, {data, D} | Rest]]} = sys:get_status(P),
    io:format("~p:~n  ~p~n  ~p~n", [How, [X || {K, _} = X <- D, K =/= "Parent"], Rest]),
    gen_statem:stop(P).

init(How) -> {ok, s, {How, secret}, [{state_timeout, 60000, secret_timeout}]}.

callback_mode() -> state_functions.

s(cast, postponed_one, _) -> {keep_state_and_data, [postpone]};
s(cast, {stop, Reason}, _) -> {stop, Reason}.

format_status(#{data := {hide, _}} = Status) ->
    maps:map(fun(state, S) -> {hidden, S};
                (data, _) -> hidden_data;
                (reason, _) -> hidden_reason;
                (queue, Q) -> [{queued, length(Q)}];
                (postponed, P) -> [{postponed, length(P)}];
                (timeouts, T) -> [{timeouts, length(T)}];
                (_, V) -> V
             end, Status);
format_status(#{data := {crash, _}}) -> error(crashed);
format_status(#{data := {not_map, _}}) -> not_a_map;
format_status(#{data := {extra_key, _}} = Status) -> Status#{extra => 1}.
