#!/usr/bin/env escript
%% gen_statem:call/3 timeouts: a plain time and {clean_timeout, T} to a
%% pid wait in the caller; {dirty_timeout, T} too; a call by registered
%% name with a time goes through a proxy process (the machine sees another
%% caller); the late reply never reaches the caller; a malformed timeout
%% is badarg; calls to a dead process or unknown name exit noproc.
-module(statem_call_timeout).
-behaviour(gen_statem).
-mode(compile).
-export([main/1, init/1, callback_mode/0, s/3]).

main(_) ->
    {ok, P} = gen_statem:start({local, slow}, ?MODULE, self(), []),
    show(fun() -> gen_statem:call(P, {sleep, 500}, 100) end),
    show(fun() -> gen_statem:call(P, {sleep, 500}, {clean_timeout, 100}) end),
    show(fun() -> gen_statem:call(P, {sleep, 500}, {dirty_timeout, 100}) end),
    show(fun() -> gen_statem:call(slow, {sleep, 500}, 100) end),
    show(fun() -> gen_statem:call(slow, {sleep, 10}, {clean_timeout, 1000}) end),
    show(fun() -> gen_statem:call(slow, {sleep, 10}, {dirty_timeout, 1000}) end),
    show(fun() -> gen_statem:call(P, {sleep, 10}, {bad_timeout, 1000}) end),
    receive after 1000 -> ok end,
    io:format("callers seen: ~p~n", [gen_statem:call(P, callers)]),
    io:format("late replies in mailbox: ~p~n", [element(2, process_info(self(), message_queue_len))]),
    gen_statem:stop(P),
    show(fun() -> gen_statem:call(P, x) end),
    show(fun() -> gen_statem:call(nobody, x, 100) end),
    show(fun() -> gen_statem:call(nobody, x, {dirty_timeout, 100}) end).

show(F) ->
    R = try {ok, F()}
        catch Class:{Reason, {gen_statem, call, [_, Req, T]}} -> {Class, Reason, Req, T};
              Class:Reason -> {Class, Reason}
        end,
    io:format("~p~n", [R]).

init(Main) -> {ok, s, {Main, []}}.

callback_mode() -> state_functions.

s({call, {Pid, _} = From}, {sleep, T}, {Main, Callers}) ->
    receive after T -> ok end,
    Who = case Pid of Main -> main; _ -> other end,
    {keep_state, {Main, [Who | Callers]}, [{reply, From, slept}]};
s({call, From}, callers, {_, Callers}) ->
    {keep_state_and_data, [{reply, From, lists:reverse(Callers)}]}.
