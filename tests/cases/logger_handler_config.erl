#!/usr/bin/env escript
-module(logger_handler_config).
-mode(compile).
-export([main/1]).
%% The default handler of an escript, its filters, and silencing it.

sync() -> logger_std_h:filesync(default).

main(_) ->
    io:format("ids: ~p~n", [logger:get_handler_ids()]),
    {ok, #{module := Mod, level := Level, filter_default := FD, formatter := Fmt, filters := Fs}} =
        logger:get_handler_config(default),
    io:format("~p ~p ~p~n~p~n", [Mod, Level, FD, Fmt]),
    io:format("filters: ~p~n", [[{Id, Arg} || {Id, {_, Arg}} <- Fs]]),
    io:format("missing: ~p~n", [logger:get_handler_config(nope)]),
    ok = logger:add_handler_filter(default, no_secrets,
                                   {fun(#{msg := {string, "secret" ++ _}}, _) -> stop; (_, _) -> ignore end, []}),
    io:format("again: ~p~n", [logger:add_handler_filter(default, no_secrets, {fun(_, _) -> ignore end, []})]),
    logger:error("secret stuff"), logger:error("public stuff"), sync(),
    ok = logger:remove_handler_filter(default, no_secrets),
    logger:error("secret shown now"), sync(),
    ok = logger:set_handler_config(default, level, critical),
    logger:error("below the handler level"), logger:critical("at the handler level"), sync(),
    ok = logger:set_handler_config(default, level, all),
    error_logger:tty(false),
    logger:error("tty off"), sync(),
    error_logger:tty(true),
    logger:error("tty on"), sync(),
    ok = logger:remove_handler(default),
    io:format("removed: ~p ~p~n", [logger:get_handler_ids(), logger:remove_handler(default)]),
    logger:error("nobody prints this"),
    io:format("done~n").
