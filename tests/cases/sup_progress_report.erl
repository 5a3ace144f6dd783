#!/usr/bin/env escript
-module(sup_progress_report).
-mode(compile).
-export([main/1, init/1, start/1]).
%% With the logger level at info, every child a supervisor starts (or
%% restarts) gives a PROGRESS REPORT; a child that returns ignore gives none.
main(_) ->
    logger:set_primary_config(level, info),
    {ok, Sup} = supervisor:start_link({local, sup}, ?MODULE, []),
    logger_std_h:filesync(default),
    io:format("started~n"),
    {ok, _} = supervisor:start_child(sup, #{id => c, start => {?MODULE, start, [c]},
                                            restart => temporary, type => supervisor}),
    logger_std_h:filesync(default),
    io:format("added~n"),
    logger:set_primary_config(level, notice),
    unlink(Sup),
    ok.

init([]) ->
    {ok, {#{}, [#{id => a, start => {?MODULE, start, [a]}},
                #{id => b, start => {?MODULE, start, [ignore]}, shutdown => brutal_kill}]}}.

start(ignore) -> ignore;
start(_) -> {ok, spawn_link(fun() -> receive never -> ok end end)}.
