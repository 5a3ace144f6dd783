#!/usr/bin/env escript
-module(logger_levels).
-mode(compile).
-export([main/1]).
%% The primary level decides what is logged: notice by default, so info
%% and debug are dropped; set_primary_config(level, ...) changes it.

sync() -> logger_std_h:filesync(default).

all_levels(Tag) ->
    [logger:Level("~p at ~p", [Tag, Level]) || Level <- [emergency, alert, critical, error, warning, notice, info, debug]],
    sync().

main(_) ->
    #{level := L0} = logger:get_primary_config(),
    io:format("default level: ~p~n", [L0]),
    all_levels(default),
    io:format("allow info: ~p, allow notice: ~p~n", [logger:allow(info, ?MODULE), logger:allow(notice, ?MODULE)]),
    ok = logger:set_primary_config(level, warning),
    all_levels(warning),
    ok = logger:set_primary_config(level, debug),
    logger:debug("debug shows"), logger:info("info shows"), sync(),
    ok = logger:set_primary_config(level, all),
    logger:log(debug, "log/2 at debug"), sync(),
    ok = logger:set_primary_config(#{level => error}),
    logger:warning("hidden warning"), logger:error("shown error"), sync(),
    io:format("compare: ~p ~p ~p~n", [logger:compare_levels(error, warning),
                                      logger:compare_levels(info, notice),
                                      logger:compare_levels(debug, debug)]),
    io:format("bad level: ~p~n", [logger:set_primary_config(level, loud)]),
    ok = logger:set_primary_config(level, none),
    logger:emergency("not even this"), sync(),
    io:format("done~n").
