#!/usr/bin/env escript
%% gen_statem basics with state_functions: start with a name, call, cast
%% and info events, reply actions, next_state / keep_state /
%% keep_state_and_data, gen_statem:reply/2 later, stop/1 running
%% terminate/3, and starting a second time under the same name.
-module(statem_basic).
-behaviour(gen_statem).
-mode(compile).
-export([main/1, init/1, callback_mode/0, locked/3, open/3, terminate/3]).

main(_) ->
    {ok, Pid} = gen_statem:start_link({local, door}, ?MODULE, "1234", []),
    io:format("started ~p~n", [is_pid(Pid) andalso whereis(door) =:= Pid]),
    io:format("state ~p~n", [gen_statem:call(door, state)]),
    ok = gen_statem:cast(door, {digit, $1}),
    door ! {digit, $2},
    gen_statem:cast(door, {digit, $3}),
    io:format("state ~p~n", [gen_statem:call(door, state)]),
    gen_statem:cast(door, {digit, $4}),
    io:format("state ~p~n", [gen_statem:call(Pid, state)]),
    io:format("deferred ~p~n", [gen_statem:call(door, deferred)]),
    io:format("close ~p~n", [gen_statem:call(door, close)]),
    io:format("state ~p~n", [gen_statem:call(door, state)]),
    io:format("cast to nobody ~p~n", [gen_statem:cast(nobody_here, x)]),
    io:format("start again ~p~n", [gen_statem:start({local, door}, ?MODULE, "0", []) =:= {error, {already_started, Pid}}]),
    unlink(Pid),
    io:format("stop ~p~n", [gen_statem:stop(door)]),
    io:format("terminate ~p~n", [receive {terminated, R, S} -> {R, S} after 1000 -> none end]),
    io:format("registered after stop ~p~n", [whereis(door)]).

init(Code) ->
    put(main, hd(get('$ancestors'))),
    {ok, locked, #{code => Code, typed => []}}.

callback_mode() -> state_functions.

locked(cast, {digit, D}, #{code := Code, typed := T} = Data) ->
    case T ++ [D] of
        Code -> {next_state, open, Data#{typed := []}};
        T1 -> {keep_state, Data#{typed := T1}}
    end;
locked({call, From}, state, Data) ->
    {keep_state_and_data, [{reply, From, {locked, Data}}]};
locked({call, From}, deferred, _Data) ->
    self() ! {answer, From},
    keep_state_and_data;
locked(info, {answer, From}, _Data) ->
    gen_statem:reply(From, later),
    keep_state_and_data;
locked(info, Msg, Data) ->
    locked(cast, Msg, Data).

open({call, From}, state, Data) ->
    {keep_state_and_data, {reply, From, {open, Data}}};
open({call, From}, deferred, _Data) ->
    self() ! {answer, From},
    keep_state_and_data;
open(info, {answer, From}, _Data) ->
    ok = gen_statem:reply({reply, From, later}),
    keep_state_and_data;
open({call, From}, close, Data) ->
    {next_state, locked, Data, [{reply, From, closing}]}.

terminate(Reason, State, _Data) ->
    get(main) ! {terminated, Reason, State}.
