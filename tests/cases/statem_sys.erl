#!/usr/bin/env escript
%% sys on a gen_statem: get_state is {State, Data}; replace_state;
%% get_status (modules, running timeouts, postponed events, the default
%% "State" entry); suspend queues events and calls until resume;
%% change_code is refused while running; statistics.
-module(statem_sys).
-behaviour(gen_statem).
-mode(compile).
-export([main/1, init/1, callback_mode/0, s/3]).

main(_) ->
    {ok, P} = gen_statem:start({local, sm}, ?MODULE, 0, []),
    io:format("get_state -> ~p~n", [sys:get_state(sm)]),
    io:format("replace_state -> ~p~n", [sys:replace_state(sm, fun({S, N}) -> {S, N + 100} end)]),
    gen_statem:cast(sm, wait_here),
    {status, P, {module, gen_statem}, [PDict, SysState, Parent, Dbg, Misc]} = sys:get_status(sm),
    io:format("pdict keys -> ~p~n", [lists:sort([K || {K, _} <- PDict])]),
    io:format("sysstate -> ~p parent is self -> ~p dbg -> ~p~n", [SysState, Parent =:= P, Dbg]),
    [{header, H}, {data, D1} | Rest] = Misc,
    io:format("header -> ~p~n", [H]),
    [io:format("  ~s -> ~p~n", [K, V]) || {K, V} <- D1, K =/= "Parent"],
    io:format("rest -> ~p~n", [Rest]),
    io:format("change_code running -> ~p~n", [sys:change_code(sm, ?MODULE, old, extra)]),
    ok = sys:suspend(sm),
    gen_statem:cast(sm, {add, 1}),
    io:format("call while suspended -> ~p~n", [catch element(1, gen_statem:call(sm, get, 100))]),
    io:format("status while suspended -> ~p~n", [lists:nth(2, element(4, sys:get_status(sm)))]),
    ok = sys:resume(sm),
    io:format("get after resume -> ~p~n", [gen_statem:call(sm, get)]),
    ok = sys:statistics(sm, true),
    gen_statem:cast(sm, {add, 2}),
    io:format("get -> ~p~n", [gen_statem:call(sm, get)]),
    {ok, Stats} = sys:statistics(sm, get),
    io:format("stats in/out -> ~p ~p~n", [proplists:get_value(messages_in, Stats), proplists:get_value(messages_out, Stats)]),
    gen_statem:stop(sm).

init(N) -> {ok, s, N, [{{timeout, tick}, 60000, tock}]}.

callback_mode() -> state_functions.

s(cast, wait_here, _) -> {keep_state_and_data, [postpone, {state_timeout, 60000, st}]};
s(cast, {add, K}, N) -> {keep_state, N + K};
s({call, From}, get, N) -> {keep_state_and_data, [{reply, From, N}]}.
