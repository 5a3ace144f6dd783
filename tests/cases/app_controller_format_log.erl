#!/usr/bin/env escript
-module(app_controller_format_log).
-mode(compile).
-export([main/1]).
%% application_controller:format_log/2 (one line, depth, encoding, chars_limit)
%% and format_log/1 ({Format, Args}, terms cut to the format depth).
main(_) ->
    Prog = #{label => {application_controller, progress}, report => [{application, my_app}, {started_at, 'node@host'}]},
    Exit = #{label => {application_controller, exit},
             report => [{application, my_app}, {exited, {shutdown, {failed_to_start_child, worker, {badarg, lists:seq(1, 30)}}}}, {type, temporary}]},
    Opts = [#{}, #{single_line => true}, #{chars_limit => 40}, #{chars_limit => 70, single_line => true},
            #{depth => 4}, #{depth => 5, encoding => latin1, single_line => true}],
    [io:format("~p~n~ts|~n", [O, application_controller:format_log(R, O)]) || R <- [Prog, Exit], O <- Opts],
    application:set_env(kernel, error_logger_format_depth, 10),
    [begin {F, A} = application_controller:format_log(R), io:format(F ++ "|~n", A) end || R <- [Prog, Exit]],
    ok.
