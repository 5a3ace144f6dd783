#!/usr/bin/env escript
-module(logger_error_logger).
-mode(compile).
-export([main/1]).
%% error_logger's functions on top of logger: their titles and layout, and
%% a report of a type of one's own (domain [Type]) that is not shown.

sync() -> logger_std_h:filesync(default).

main(_) ->
    error_logger:error_msg("error_msg ~p~n", [1]), sync(),
    error_logger:error_msg("error_msg without args"), sync(),
    error_logger:format("format ~s~n", ["x"]), sync(),
    error_logger:error_report([{tag, value}, {string, "text"}, bare]), sync(),
    error_logger:error_report(just_an_atom), sync(),
    error_logger:error_report("a string report"), sync(),
    error_logger:error_report(#{map => report}), sync(),
    error_logger:error_report(my_type, [{hidden, true}]), sync(),
    error_logger:warning_msg("warning_msg ~p~n", [2]), sync(),
    error_logger:warning_report([{w, 1}]), sync(),
    error_logger:info_msg("info_msg ~p~n", [3]), sync(),
    error_logger:info_report([{i, 1}]), sync(),
    error_logger:error_msg("bad ~p ~p~n", [one]), sync(),
    ok = logger:set_primary_config(level, warning),
    error_logger:info_msg("info_msg hidden~n"), sync(),
    error_logger:warning_msg("warning still shown~n"), sync(),
    io:format("done~n").
