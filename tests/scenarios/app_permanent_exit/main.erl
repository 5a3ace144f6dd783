#!/usr/bin/env escript
%% A permanent application whose top process ends takes the node down:
%% the controller stops the other applications (latest first, their
%% stop/1 callbacks run), and the node halts with status 1 and OTP's
%% "Kernel pid terminated" slogan.
-module(main).
-mode(compile).
-export([start/2, prep_stop/1, stop/1, top/1]).

main(_) ->
    ok = logger:set_primary_config(level, warning),
    [ok = application:load({application, Name, [{vsn, "1"}, {mod, {?MODULE, Name}}]})
     || Name <- [pe_first, pe_perm, pe_last]],
    io:format("~p~n", [application:start(pe_first, temporary)]),
    io:format("~p~n", [application:start(pe_perm, permanent)]),
    io:format("~p~n", [application:start(pe_last, transient)]),
    Top = whereis(pe_perm),
    Ref = monitor(process, Top),
    Top ! stop,
    receive {'DOWN', Ref, process, Top, _} -> ok end,
    timer:sleep(3000),
    io:format("not reached~n").

start(normal, Name) ->
    {ok, spawn_link(?MODULE, top, [Name]), Name}.

prep_stop(Name) ->
    io:format("prep_stop(~p)~n", [Name]),
    Name.

stop(Name) ->
    io:format("stop(~p)~n", [Name]).

top(Name) ->
    register(Name, self()),
    receive stop -> exit({shutdown, stopping}) end.
