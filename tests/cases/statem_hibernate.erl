#!/usr/bin/env escript
%% hibernate, {hibernate, true} and the hibernate_after start option: the
%% machine waits in erlang:hibernate/3 and wakes up for the next event
%% with its state intact; {hibernate, false} cancels it; pending inserted
%% events are handled first.
-module(statem_hibernate).
-behaviour(gen_statem).
-mode(compile).
-export([main/1, init/1, callback_mode/0, s/3]).

main(_) ->
    {ok, P} = gen_statem:start(?MODULE, [], []),
    io:format("start -> ~p~n", [where(P)]),
    gen_statem:cast(P, {sleep, [hibernate]}),
    io:format("hibernate -> ~p~n", [where(P)]),
    io:format("woken -> ~p~n", [gen_statem:call(P, get)]),
    gen_statem:cast(P, {sleep, [{hibernate, true}, {hibernate, false}]}),
    io:format("hibernate false -> ~p~n", [where(P)]),
    gen_statem:cast(P, {sleep, [{hibernate, true}, {next_event, internal, extra}]}),
    io:format("after next_event -> ~p~n", [where(P)]),
    io:format("woken -> ~p~n", [gen_statem:call(P, get)]),
    {ok, P2} = gen_statem:start(?MODULE, [], [{hibernate_after, 100}]),
    io:format("hibernate_after at start -> ~p~n", [where(P2)]),
    receive after 300 -> ok end,
    io:format("hibernate_after later -> ~p~n", [where(P2)]),
    io:format("woken -> ~p~n", [gen_statem:call(P2, get)]),
    io:format("right after -> ~p~n", [where(P2)]).

%% Where the machine waits, once it waits.
where(P) ->
    case process_info(P, [status, current_function]) of
        [{status, waiting}, {current_function, F}] -> F;
        _ -> receive after 1 -> ok end, where(P)
    end.

init([]) -> {ok, s, []}.

callback_mode() -> state_functions.

s(cast, {sleep, Actions}, Log) -> {keep_state, [sleep | Log], Actions};
s(internal, extra, Log) -> {keep_state, [extra | Log]};
s({call, From}, get, Log) -> {keep_state_and_data, [{reply, From, lists:reverse(Log)}]}.
