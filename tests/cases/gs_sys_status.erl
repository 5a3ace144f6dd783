#!/usr/bin/env escript
%% sys on a gen_server: get_status (with and without format_status/2),
%% get_state, replace_state, change_code refused while running, a crashing
%% replace_state fun, statistics, log get, and sys calls to a dead process.
-module(gs_sys_status).
-behaviour(gen_server).
-mode(compile).
-export([main/1, init/1, handle_call/3, handle_cast/2, code_change/3]).

main(_) ->
    logger:set_primary_config(level, none),
    {ok, P} = gen_server:start({local, st}, ?MODULE, 1, []),
    {status, P, {module, gen_server}, [PDict, SysState, Parent, Dbg, Misc]} = sys:get_status(st),
    io:format("pdict keys -> ~p~n", [lists:sort([K || {K, _} <- PDict])]),
    io:format("sysstate -> ~p parent is self -> ~p dbg -> ~p~n", [SysState, Parent =:= P, Dbg]),
    io:format("misc -> ~p~n", [Misc]),
    io:format("get_state -> ~p~n", [sys:get_state(st)]),
    io:format("replace_state -> ~p~n", [sys:replace_state(st, fun(N) -> N * 10 end)]),
    {'EXIT', {Bad, _}} = (catch sys:replace_state(st, fun(_) -> error(nope) end)),
    io:format("bad replace_state -> ~p~n", [Bad]),
    io:format("state kept -> ~p~n", [sys:get_state(st)]),
    io:format("change_code running -> ~p~n", [sys:change_code(st, ?MODULE, old, extra)]),
    ok = sys:suspend(st),
    io:format("change_code suspended -> ~p~n", [sys:change_code(st, ?MODULE, old, extra)]),
    io:format("change_code failing -> ~p~n", [sys:change_code(st, ?MODULE, old, fail)]),
    ok = sys:resume(st),
    io:format("state after code_change -> ~p~n", [sys:get_state(st)]),
    ok = sys:statistics(st, true),
    gen_server:cast(st, ping), gen_server:call(st, ping),
    {ok, Stats} = sys:statistics(st, get),
    io:format("stats in/out -> ~p ~p~n", [proplists:get_value(messages_in, Stats), proplists:get_value(messages_out, Stats)]),
    ok = sys:log(st, true),
    gen_server:cast(st, ping), gen_server:call(st, ping),
    {ok, Log} = sys:log(st, get),
    io:format("log -> ~p~n", [[element(1, E) || E <- Log]]),
    io:format("no_debug -> ~p~n", [sys:no_debug(st)]),
    io:format("unknown -> ~p~n", [catch gen:call(st, system, what_is_this)]),
    gen_server:stop(st),
    io:format("dead -> ~p~n", [catch sys:get_state(st)]),
    io:format("dead timeout form -> ~p~n", [catch sys:suspend(P, 100)]).

init(N) -> {ok, N}.
handle_call(ping, _, S) -> {reply, pong, S}.
handle_cast(ping, S) -> {noreply, S}.
code_change(old, _S, fail) -> {error, refused};
code_change(old, S, extra) -> {ok, {upgraded, S}}.
