#!/usr/bin/env escript
%% change_callback_module, push_callback_module and pop_callback_module:
%% the next event goes to the new module, whose callback_mode/0 is read
%% (it may differ); the old module is back after a pop; a module without
%% callback_mode/0 stops the machine.
-module(statem_callback_module).
-behaviour(gen_statem).
-mode(compile).
-export([main/1, init/1, callback_mode/0, handle_event/4]).

main(_) ->
    logger:set_primary_config(level, none),
    load_module_b(),
    {ok, P} = gen_statem:start(?MODULE, [], []),
    [io:format("~p -> ~p~n", [R, gen_statem:call(P, R)])
     || R <- [who, {push, statem_callback_module_b}, who, {push, statem_callback_module_b}, who,
              pop, who, pop, who, {change, statem_callback_module_b}, who]],
    {ok, {P2, M}} = gen_statem:start_monitor(?MODULE, [], []),
    gen_statem:cast(P2, {push, lists}),
    io:format("no callback_mode -> ~p~n", [receive {'DOWN', M, _, _, {R2, [F | _]}} -> {R2, F} end]).

init([]) -> {ok, a_state, 0}.

%% The second callback module, state_functions mode, passing its events
%% back to handle_event/4 here with a state that says who handled them.
load_module_b() ->
    Dir = "/tmp/ferl_statem_callback_module",
    ok = filelib:ensure_dir(filename:join(Dir, "x")),
    Src = filename:join(Dir, "statem_callback_module_b.erl"),
    ok = file:write_file(Src,
        "-module(statem_callback_module_b).\n"
        "-export([callback_mode/0, a_state/3, b_state/3]).\n"
        "callback_mode() -> state_functions.\n"
        "a_state(T, C, D) -> statem_callback_module:handle_event(T, C, {b, a_state}, D).\n"
        "b_state(T, C, D) -> statem_callback_module:handle_event(T, C, {b, b_state}, D).\n"),
    {ok, Mod, Bin} = compile:file(Src, [binary, report]),
    {module, Mod} = code:load_binary(Mod, Src, Bin),
    ok = file:delete(Src),
    ok = file:del_dir(Dir).

callback_mode() -> handle_event_function.

handle_event({call, From}, who, State, N) ->
    {keep_state, N + 1, [{reply, From, {State, N}}]};
handle_event({call, From}, {push, Mod}, _, _) ->
    {keep_state_and_data, [{push_callback_module, Mod}, {reply, From, ok}]};
handle_event({call, From}, {change, Mod}, _, N) ->
    {next_state, b_state, N, [{change_callback_module, Mod}, {reply, From, ok}]};
handle_event({call, From}, pop, _, _) ->
    {keep_state_and_data, [pop_callback_module, {reply, From, ok}]};
handle_event(cast, {push, Mod}, _, _) ->
    {keep_state_and_data, [{push_callback_module, Mod}]}.
