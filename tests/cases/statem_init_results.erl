#!/usr/bin/env escript
%% What start/3,4, start_link and start_monitor return for each init/1
%% result: ok (with actions), ignore, {stop, R}, a bad return, a throw,
%% an exit and an error in init/1; the name is free again after a failed
%% start. Reports are off: this is about return values.
-module(statem_init_results).
-behaviour(gen_statem).
-mode(compile).
-export([main/1, init/1, callback_mode/0, s/3]).

main(_) ->
    logger:set_primary_config(level, none),
    process_flag(trap_exit, true),
    [show(How) || How <- [ok, ok_actions, ignore, stop, bad, throw_ok, throw_bad, exit, error]],
    {ok, P} = gen_statem:start_link({local, named}, ?MODULE, ok, []),
    io:format("linked ~p~n", [lists:member(P, element(2, process_info(self(), links)))]),
    io:format("named stop ~p~n", [gen_statem:stop(named, {shutdown, bye}, 1000)]),
    io:format("exit ~p~n", [receive {'EXIT', P, R} -> R end]),
    {ok, {P2, M}} = gen_statem:start_monitor(?MODULE, ok, []),
    io:format("monitor ~p~n", [is_reference(M) andalso is_pid(P2)]),
    gen_statem:cast(P2, die),
    io:format("down ~p~n", [receive {'DOWN', M, process, P2, R2} -> R2 end]),
    io:format("start_monitor ignore ~p~n", [gen_statem:start_monitor(?MODULE, ignore, [])]).

show(How) ->
    R = gen_statem:start({local, named}, ?MODULE, How, []),
    Shown = case R of
                {ok, P} -> {ok, is_pid(P), gen_statem:call(P, get)};
                {error, {E, [{M, F, A, _} | _]}} -> {error, {E, {M, F, A}}};
                _ -> R
            end,
    case R of {ok, Pid} -> gen_statem:stop(Pid); _ -> ok end,
    io:format("~p -> ~p (registered: ~p)~n", [How, Shown, whereis(named)]).

init(ok) -> {ok, s, ok};
init(ok_actions) -> {ok, s, ok_actions, [{next_event, internal, set}]};
init(ignore) -> ignore;
init(stop) -> {stop, no_way};
init(bad) -> {ok, too_short};
init(throw_ok) -> throw({ok, s, thrown});
init(throw_bad) -> throw(oops);
init(exit) -> exit(bye);
init(error) -> error(bad_init).

callback_mode() -> state_functions.

s(internal, set, Data) -> {keep_state, {Data, set}};
s({call, From}, get, Data) -> {keep_state_and_data, [{reply, From, Data}]};
s(cast, die, _) -> {stop, died}.
