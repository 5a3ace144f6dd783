#!/usr/bin/env escript
-module(format_depth_reports).
-mode(compile).
-export([main/1]).
%% supervisor and gen_statem reports (format_log/1) and error_logger:limit_term/1 under kernel's error_logger_format_depth (unset, 12, and 3 which counts as 10).
main(_) ->
    Child = [{pid, child_pid}, {id, worker_1},
             {mfargs, {my_worker, start_link, [[{deep, [1, 2, [3, 4, [5, [6, [7, [8, [9, [10, [11]]]]]]]]]}], lists:seq(1, 30)]}},
             {restart_type, permanent}, {significant, false},
             {shutdown, 5000}, {child_type, worker}],
    Err = #{label => {supervisor, child_terminated},
            report => [{supervisor, {local, my_sup}}, {errorContext, child_terminated},
                       {reason, {badarith, [{m, f, 1, [{file, "m.erl"}, {line, 3}]}]}},
                       {offender, Child}]},
    Prog = #{label => {supervisor, progress},
             report => [{supervisor, {local, my_sup}}, {started, Child}]},
    R = #{label => {gen_statem, terminate}, name => my_fsm,
          queue => [{call, {self_pid, tag}}, {info, lists:seq(1, 40)}], postponed => [],
          modules => [my_fsm], callback_mode => state_functions, state_enter => false,
          state => {idle, #{count => 12, items => lists:seq(1, 40), nested => lists:foldl(fun(X, Acc) -> {X, Acc} end, {l}, [k, j, i, h, g, f, e, d, c, b, a])}},
          timeouts => {0, []}, log => [],
          reason => {error, badarith, [{my_fsm, idle, 3, [{file, "my_fsm.erl"}, {line, 42}]}]},
          client_info => undefined, process_label => undefined},
    Show = fun(Label) ->
                   io:format("== ~p depth ~p~n", [Label, error_logger:get_format_depth()]),
                   [begin {F, A} = supervisor:format_log(X), io:format(F, A) end || X <- [Err, Prog]],
                   {F2, A2} = gen_statem:format_log(R), io:format(F2, A2),
                   io:format("~p~n", [error_logger:limit_term(Child)])
           end,
    Show(unset),
    application:set_env(kernel, error_logger_format_depth, 12),
    Show(twelve),
    application:set_env(kernel, error_logger_format_depth, 3),
    Show(three),
    ok.
