#!/usr/bin/env escript
%% More crash reports: format_status/2 shaping the state, terminate/3
%% crashing, a state function that is not exported (undef explained),
%% a bad action, a bad callback_mode/0 result, and the sys log of a
%% machine started with {debug, [log]}.
-module(statem_error_report2).
-behaviour(gen_statem).
-mode(compile).
-export([main/1, init/1, callback_mode/0, s/3, terminate/3, format_status/2, id/1]).

main(_) ->
    [run(How, Opts) || {How, Opts} <- [{formatted, []}, {bad_terminate, []}, {undef_state, []},
                                         {bad_action, [{debug, [log]}]}, {bad_mode, []}]],
    io:format("end~n").

%% A machine that fails at once gets no cast: where the cast would land
%% in its crash report would depend on timing.
run(How, Opts) ->
    {ok, {P, M}} = gen_statem:start_monitor(?MODULE, How, Opts),
    How =/= bad_mode andalso gen_statem:cast(P, How),
    receive {'DOWN', M, _, _, R} -> ok end,
    logger_std_h:filesync(default),
    io:format("~p -> down ~p~n", [How, element(1, R)]).

init(How) -> put(how, How), {ok, s, {data, How}}.

callback_mode() ->
    case get(how) of
        bad_mode -> [state_enter];
        _ -> state_functions
    end.

s(cast, formatted, D) -> {stop, {formatted, D}};
s(cast, bad_terminate, D) -> {stop, going, D};
s(cast, undef_state, D) -> {next_state, nowhere, D, [{next_event, cast, x}]};
s(cast, bad_action, D) -> {keep_state, D, [{state_timeout, -1, x}]}.

terminate(_, _, {data, bad_terminate}) -> 1 = ?MODULE:id(3);
terminate(_, _, _) -> ok.

format_status(terminate, [_PDict, State, Data]) -> {formatted, State, Data};
format_status(normal, [_PDict, _State, _Data]) -> [{data, [{"State", hidden}]}].

id(X) -> X.
