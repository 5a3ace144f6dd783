#!/usr/bin/env escript
%% When terminate/3 runs: an exit from the parent of a machine that traps
%% exits stops it with the parent's reason (an exit from another process
%% is just an info event); sys:terminate/2; a module without terminate/3;
%% stop/3 whose terminate takes too long exits with timeout; a throw from
%% terminate/3 is ignored.
-module(statem_terminate).
-behaviour(gen_statem).
-mode(compile).
-export([main/1, init/1, callback_mode/0, s/3, terminate/3]).

main(_) ->
    logger:set_primary_config(level, none),
    Main = self(),
    Parent = spawn(fun() ->
        {ok, P} = gen_statem:start_link(?MODULE, {Main, trap}, []),
        Main ! {machine, P},
        receive go -> exit(parent_gone) end
    end),
    P1 = receive {machine, P} -> P end,
    Other = spawn(fun() -> link(P1), Main ! linked, receive after infinity -> ok end end),
    receive linked -> ok end,
    exit(Other, other_gone),
    receive {info_exit, R0} -> io:format("info exit -> ~p~n", [R0]) end,
    io:format("log -> ~p~n", [gen_statem:call(P1, log)]),
    M1 = monitor(process, P1),
    Parent ! go,
    show(M1),
    {ok, {P2, M2}} = gen_statem:start_monitor(?MODULE, {Main, plain}, []),
    ok = sys:terminate(P2, {shutdown, sys}),
    show(M2),
    {ok, {P3, M3}} = gen_statem:start_monitor(?MODULE, {Main, slow}, []),
    io:format("slow stop -> ~p~n", [catch gen_statem:stop(P3, normal, 100)]),
    show(M3),
    {ok, {P4, M4}} = gen_statem:start_monitor(?MODULE, {Main, throw}, []),
    io:format("throw stop -> ~p~n", [gen_statem:stop(P4)]),
    show(M4).

show(M) ->
    receive {terminate, R, Log} -> io:format("terminate(~p) after ~p~n", [R, Log]) end,
    receive {'DOWN', M, _, _, R2} -> io:format("down ~p~n", [R2]) end.

init({Main, trap}) -> process_flag(trap_exit, true), {ok, s, {Main, trap, []}};
init({Main, How}) -> {ok, s, {Main, How, []}}.

callback_mode() -> state_functions.

s({call, From}, log, {_, _, Log}) -> {keep_state_and_data, [{reply, From, Log}]};
s(info, {'EXIT', _, Reason}, {Main, How, Log}) ->
    Main ! {info_exit, Reason},
    {keep_state, {Main, How, [{exit, Reason} | Log]}}.

terminate(Reason, _, {Main, How, Log}) ->
    Main ! {terminate, Reason, Log},
    case How of
        slow -> receive after 1000 -> ok end;
        throw -> throw(ignored);
        _ -> ok
    end.
