#!/usr/bin/env escript
-module(proc_lib_start_ack).
-mode(compile).
-export([main/1, init/1, init_explicit/1]).
%% proc_lib:start/3,5, start_link/3,5 and start_monitor/3 wait for
%% init_ack; the new process has '$ancestors' and '$initial_call'.

init(Tag) ->
    [Parent | _] = get('$ancestors'),
    {M, F, A} = get('$initial_call'),
    Info = {Tag, is_pid(Parent), M =:= ?MODULE, F, A},
    proc_lib:init_ack({ok, self(), Info}),
    receive stop -> ok end.

init_explicit(Parent) ->
    proc_lib:init_ack(Parent, explicit),
    receive stop -> ok end.

show(Label, {ok, Pid, Info}) ->
    io:format("~s: ~p~n", [Label, Info]),
    io:format("  initial_call: ~p~n", [proc_lib:initial_call(Pid) =:= {?MODULE, init, ['Argument__1']}]),
    io:format("  translate: ~p~n", [proc_lib:translate_initial_call(Pid) =:= {?MODULE, init, 1}]),
    {dictionary, D} = process_info(Pid, dictionary),
    io:format("  ancestors: ~p~n", [proplists:get_value('$ancestors', D) =:= [self()]]),
    Pid.

main(_) ->
    P1 = show("start", proc_lib:start(?MODULE, init, [one])),
    {links, L1} = process_info(self(), links),
    io:format("  linked: ~p~n", [lists:member(P1, L1)]),
    P2 = show("start_link", proc_lib:start_link(?MODULE, init, [two])),
    {links, L2} = process_info(self(), links),
    io:format("  linked: ~p~n", [lists:member(P2, L2)]),
    {R3, Ref} = proc_lib:start_monitor(?MODULE, init, [three]),
    P3 = show("start_monitor", R3),
    io:format("  monitor: ~p~n", [is_reference(Ref)]),
    P4 = proc_lib:spawn(?MODULE, init_explicit, [self()]),
    receive {ack, P4, What} -> io:format("raw ack: ~p~n", [What]) end,
    io:format("start/5: ~p~n", [element(3, proc_lib:start(?MODULE, init, [four], 1000, []))]),
    io:format("start_link/5: ~p~n", [element(3, proc_lib:start_link(?MODULE, init, [five], 1000, [link]))]),
    {'EXIT', {Bad, _}} = (catch proc_lib:start(?MODULE, init, [six], 1000, [monitor])),
    io:format("monitor option: ~p~n", [Bad]),
    io:format("not proc_lib: ~p~n", [proc_lib:translate_initial_call(spawn(fun() -> ok end))]),
    io:format("initial_call of a plain process: ~p~n", [proc_lib:initial_call(self())]),
    [P ! stop || P <- [P1, P2, P3, P4]],
    receive {'DOWN', Ref, process, P3, Why} -> io:format("down: ~p~n", [Why]) end,
    ok.
