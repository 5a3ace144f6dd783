#!/usr/bin/env escript
%% ensure_all_started/1,2: dependencies first (depth first), running
%% applications skipped, optional applications that do not exist skipped,
%% and on failure the applications it started are stopped again.
%% Crash reports (domain [otp, sasl]) are filtered out; the
%% application exit reports are printed.
-module(app_ensure_all_started).
-mode(compile).
-export([main/1, start/2, stop/1, idle/0]).

main(_) ->
    ok = logger:add_primary_filter(no_sasl, {fun logger_filters:domain/2, {stop, sub, [otp, sasl]}}),
    Apps = [{ea_top, [ea_mid, ea_lib], [], ok},
            {ea_mid, [kernel, ea_base], [], ok},
            {ea_base, [stdlib], [], ok},
            {ea_lib, [], [], library},
            {ea_opt, [ea_missing, ea_base], [ea_missing], ok},
            {ea_opt2, [ea_missing], [], ok},
            {ea_fail_top, [ea_good, ea_fails], [], ok},
            {ea_good, [], [], ok},
            {ea_fails, [], [], fail}],
    [ok = application:load(spec(A)) || A <- Apps],
    show(application:start(ea_top)),
    show(application:ensure_all_started(ea_top)),
    show(application:ensure_all_started(ea_top)),
    show(names()),
    show(application:ensure_all_started(ea_opt, permanent)),
    show(application:ensure_all_started(ea_opt2)),
    show(application:start(ea_opt2)),
    settle(fun() -> application:ensure_all_started(ea_fail_top) end),
    show(names()),
    show(application:ensure_all_started(ea_unknown)),
    show(application:ensure_started(ea_good)),
    show(application:ensure_started(ea_good)),
    show(application:ensure_started(ea_unknown)),
    settle(fun() -> application:stop(ea_base) end),
    show(names()),
    %% ea_base stopped, so starting it again is needed before ea_mid can.
    settle(fun() -> application:stop(ea_mid) end),
    show(application:start(ea_mid)),
    show(application:ensure_all_started(ea_mid, transient)),
    show(names()),
    ok.

spec({Name, Needs, Optional, Kind}) ->
    Mod = case Kind of
              library -> [];
              _ -> {mod, {?MODULE, Kind}}
          end,
    {application, Name, [{vsn, "1"}, {applications, Needs},
                         {optional_applications, Optional} | [Mod || Mod =/= []]]}.

names() -> [N || {N, _, _} <- application:which_applications()].

start(normal, ok) -> {ok, spawn_link(?MODULE, idle, [])};
start(normal, fail) -> {error, nope}.

stop(_) -> ok.

idle() -> receive never -> ok end.

%% Shows a result after the reports its call logged (OTP's logger prints
%% them a little later, from its own process).
settle(Fun) ->
    Result = Fun(),
    timer:sleep(200),
    show(Result).

show(X) -> io:format("~p~n", [X]).
