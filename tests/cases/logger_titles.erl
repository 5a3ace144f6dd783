#!/usr/bin/env escript
-module(logger_titles).
-mode(compile).
-export([main/1, format_log/2]).
%% OTP-style reports: a title from logger_formatter => #{title => ...}, a
%% report_cb fun/2, the [otp, sasl] domain. Progress reports are info
%% level: hidden by default, shown once the primary level is info.

sync() -> logger_std_h:filesync(default).

format_log(#{label := {supervisor, progress}, report := Report}, _) ->
    io_lib:format("    supervisor: ~p~n    started: ~p", [proplists:get_value(supervisor, Report),
                                                       proplists:get_value(started, Report)]);
format_log(#{label := {supervisor, Label}, report := Report}, #{single_line := false}) ->
    io_lib:format("    supervisor: ~p~n    ~p: ~p", [proplists:get_value(supervisor, Report), Label,
                                                    proplists:get_value(reason, Report)]).

sup_report(Level, Label, Report) ->
    logger:log(Level, #{label => {supervisor, Label}, report => Report},
               #{domain => [otp, sasl], report_cb => fun ?MODULE:format_log/2,
                 logger_formatter => #{title => "SUPERVISOR REPORT"},
                 error_logger => #{tag => error_report, type => supervisor_report}}),
    sync().

progress(Started) ->
    logger:log(info, #{label => {supervisor, progress},
                       report => [{supervisor, {local, my_sup}}, {started, Started}]},
               #{domain => [otp, sasl], report_cb => fun ?MODULE:format_log/2,
                 logger_formatter => #{title => "PROGRESS REPORT"},
                 error_logger => #{tag => info_report, type => progress}}),
    sync().

main(_) ->
    sup_report(error, child_terminated, [{supervisor, {local, my_sup}}, {reason, killed}]),
    progress([{pid, not_shown}, {id, worker}]),
    logger:error(#{custom => title}, #{logger_formatter => #{title => "CUSTOM TITLE REPORT"}}), sync(),
    logger:warning("domain [otp]", #{domain => [otp]}), sync(),
    logger:error("domain [otp, sasl, deeper] is dropped", #{domain => [otp, sasl, deeper]}), sync(),
    logger:error("domain [myapp] is dropped", #{domain => [myapp]}), sync(),
    logger:error("empty domain", #{domain => []}), sync(),
    ok = logger:set_primary_config(level, info),
    progress([{id, worker}]),
    io:format("done~n").
