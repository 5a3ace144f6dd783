#!/usr/bin/env escript
%% state_functions with a state that is not an atom (badarg from
%% erlang:apply/3) or that names no exported function (undef): the exit
%% reasons and their stack traces.
-module(statem_bad_state_name).
-behaviour(gen_statem).
-mode(compile).
-export([main/1, init/1, callback_mode/0, start/3]).

main(_) ->
    logger:set_primary_config(level, none),
    [run(S) || S <- [{not_an_atom}, no_such_state, "string"]].

run(State) ->
    {ok, {P, M}} = gen_statem:start_monitor(?MODULE, State, []),
    gen_statem:cast(P, go),
    receive {'DOWN', M, _, _, Reason} -> io:format("~p:~n  ~p~n", [State, Reason]) end.

init(State) -> {ok, start, State}.

callback_mode() -> state_functions.

start(cast, go, State) -> {next_state, State, State, [{next_event, cast, again}]}.
