#!/usr/bin/env escript
-module(logger_macros).
-mode(compile).
-export([main/1]).
-include_lib("kernel/include/logger.hrl").
%% The ?LOG_* macros of kernel/include/logger.hrl: they skip building the
%% arguments of a dropped event, and log through logger:macro_log.

sync() -> logger_std_h:filesync(default).

noisy(X) ->
    io:format("argument built: ~p~n", [X]),
    X.

main(_) ->
    ?LOG_ERROR("macro string"), sync(),
    ?LOG_ERROR("macro format ~p", [1]), sync(),
    ?LOG_ERROR(#{macro => report}), sync(),
    ?LOG_WARNING("with metadata", #{meta => 1}), sync(),
    ?LOG_NOTICE("notice ~p ~p", [a, b], #{meta => 2}), sync(),
    ?LOG_INFO("info ~p", [noisy(info)]), sync(),
    ?LOG_DEBUG("debug ~p", [noisy(debug)]), sync(),
    ?LOG(critical, "?LOG ~p", [critical]), sync(),
    ?LOG_ERROR(#{x => 1}, #{report_cb => fun(R) -> {"cb ~p", [R]} end}), sync(),
    logger:set_primary_config(level, debug),
    ?LOG_DEBUG("debug ~p", [noisy(debug)]), sync(),
    Loc = ?LOCATION,
    io:format("location: ~p~n", [maps:remove(file, Loc)]),
    io:format("done~n").
