#!/usr/bin/env escript
%% The "** State machine ... terminating" report: a stop with a reason of
%% its own while timeouts run and events are postponed and queued (state
%% enter mode), an error in a state callback, and no report for normal,
%% shutdown or {shutdown, _}.
-module(statem_error_report).
-behaviour(gen_statem).
-mode(compile).
-export([main/1, init/1, callback_mode/0, idle/3, id/1]).

main(_) ->
    [run(How) || How <- [stop_busy, crash, normal, shutdown, {shutdown, x}]],
    io:format("end~n").

run(How) ->
    {ok, P} = gen_statem:start({local, machine}, ?MODULE, How, []),
    M = monitor(process, P),
    gen_statem:cast(machine, How),
    receive {'DOWN', M, _, _, R} -> ok end,
    logger_std_h:filesync(default),
    io:format("~p -> down ~p~n", [How, R]).

init(How) -> {ok, idle, #{how => How}}.

callback_mode() -> [state_functions, state_enter].

idle(enter, _, _) ->
    {keep_state_and_data, [{state_timeout, 5000, alarm}, {{timeout, poll}, 7000, poll}]};
idle(cast, stop_busy, Data) ->
    {keep_state, Data#{step => 1},
     [postpone, {next_event, internal, one}, {next_event, internal, two},
      {next_event, cast, three}]};
idle(internal, one, _Data) ->
    {keep_state_and_data, [postpone]};
idle(internal, two, Data) ->
    {stop, {shutdown_failed, 2}, Data#{step => 2}};
idle(cast, crash, #{how := How}) ->
    {keep_state_and_data, [{reply, ?MODULE:id(How) + 1, nothing}]};
idle(cast, Reason, _) ->
    {stop, Reason}.

id(X) -> X.
