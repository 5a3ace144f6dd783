#!/usr/bin/env escript
%% Why application:start/1,2 can fail: bad restart types, dependencies
%% not started, callbacks that return errors or odd values or exit, a
%% transient application whose start exits normally. Crash reports of
%% the application masters are filtered out; exit reports are printed.
-module(app_start_errors).
-mode(compile).
-export([main/1, start/2, stop/1, start_phase/3]).

main(_) ->
    ok = logger:add_primary_filter(no_sasl, {fun logger_filters:domain/2, {stop, sub, [otp, sasl]}}),
    Load = fun(Name, Keys) -> ok = application:load({application, Name, [{vsn, "1"} | Keys]}) end,
    Load(se_error, [{mod, {?MODULE, error}}]),
    Load(se_odd, [{mod, {?MODULE, odd}}]),
    Load(se_exit, [{mod, {?MODULE, exit_normal}}]),
    Load(se_throw, [{mod, {?MODULE, throw}}]),
    Load(se_ignore, [{mod, {?MODULE, ignore}}]),
    Load(se_needs, [{applications, [kernel, se_error]}, {mod, {?MODULE, ok}}]),
    Load(se_lib_needs, [{applications, [se_odd]}]),
    Load(se_phases, [{mod, {?MODULE, ok}}, {start_phases, [{one, 1}, {two, 2}, {three, 3}]}]),
    Load(se_phase_fail, [{mod, {?MODULE, ok}}, {start_phases, [{one, 1}, {fail, x}]}]),
    settle(fun() -> application:start(se_error, sometimes) end),
    settle(fun() -> application:start(se_error) end),
    settle(fun() -> application:start(se_odd, temporary) end),
    settle(fun() -> application:start(se_exit) end),
    settle(fun() -> application:start(se_exit, transient) end),
    settle(fun() -> application:start(se_throw) end),
    settle(fun() -> application:start(se_ignore) end),
    settle(fun() -> application:start(se_needs) end),
    settle(fun() -> application:start(se_lib_needs) end),
    settle(fun() -> application:ensure_all_started(se_needs) end),
    settle(fun() -> application:start(se_phases) end),
    settle(fun() -> application:start(se_phase_fail) end),
    show([N || {N, _, _} <- application:which_applications()]),
    show(application:stop(se_error)),
    show(application:unload(se_error)),
    show(application:start(se_error)),
    ok.

start(normal, ok) -> {ok, spawn_link(fun() -> receive never -> ok end end)};
start(normal, error) -> {error, no_way};
start(normal, odd) -> odd_value;
start(normal, exit_normal) -> exit(normal);
start(normal, throw) -> throw(thrown);
start(normal, ignore) -> ignore.

start_phase(fail, normal, x) -> {error, phase_failed};
start_phase(Phase, Type, Args) -> show({start_phase, Phase, Type, Args}), ok.

stop(_) -> ok.

settle(Fun) ->
    Result = Fun(),
    timer:sleep(200),
    show(Result).

show(X) -> io:format("~p~n", [X]).
