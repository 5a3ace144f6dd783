#!/usr/bin/env escript
%% gen_statem:enter_loop/4,5,6 turns a proc_lib process into a state
%% machine: with actions, with a registered name (which must be the
%% process's own), and the state enter call that follows; a process not
%% started by proc_lib cannot enter.
-module(statem_enter_loop).
-behaviour(gen_statem).
-mode(compile).
-export([main/1, init/1, callback_mode/0, handle_event/4, start/1]).

main(_) ->
    logger:set_primary_config(level, none),
    P1 = proc_lib:spawn(?MODULE, start, [plain]),
    io:format("plain -> ~p~n", [gen_statem:call(P1, get)]),
    P2 = proc_lib:spawn(?MODULE, start, [actions]),
    io:format("actions -> ~p~n", [gen_statem:call(P2, get)]),
    P3 = proc_lib:spawn(?MODULE, start, [{named, self()}]),
    receive registered -> ok end,
    io:format("named -> ~p~n", [gen_statem:call(looper, get)]),
    {P4, M4} = proc_lib:spawn_opt(?MODULE, start, [wrong_name], [monitor]),
    io:format("wrong name -> ~p~n", [receive {'DOWN', M4, _, P4, R4} -> R4 end]),
    {P5, M5} = spawn_monitor(?MODULE, start, [plain]),
    io:format("not proc_lib -> ~p~n", [receive {'DOWN', M5, _, P5, R5} -> R5 end]),
    {P6, M6} = spawn_monitor(fun() -> gen_statem:enter_loop("mod", [], s, d) end),
    io:format("bad module -> ~p~n", [receive {'DOWN', M6, _, P6, {R6, _}} -> R6 end]),
    [gen_statem:stop(P) || P <- [P1, P2, P3]],
    ok.

start(plain) ->
    gen_statem:enter_loop(?MODULE, [], idle, []);
start(actions) ->
    gen_statem:enter_loop(?MODULE, [], idle, [], [{next_event, internal, from_actions}]);
start({named, Main}) ->
    register(looper, self()),
    Main ! registered,
    gen_statem:enter_loop(?MODULE, [], idle, [], {local, looper}, {next_event, internal, named});
start(wrong_name) ->
    gen_statem:enter_loop(?MODULE, [], idle, [], {local, not_me}).

init(_) -> ignore.

callback_mode() -> [handle_event_function, state_enter].

handle_event(enter, Old, State, Log) -> {keep_state, [{enter, Old, State} | Log]};
handle_event({call, From}, get, _, Log) -> {keep_state_and_data, [{reply, From, lists:reverse(Log)}]};
handle_event(Type, Content, _, Log) -> {keep_state, [{Type, Content} | Log]}.
