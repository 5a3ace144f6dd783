#!/usr/bin/env escript
-module(sup_format_log_chars_limit).
-mode(compile).
-export([main/1]).
%% supervisor:format_log/2 with a chars_limit, as logger passes it when a
%% handler's formatter has one.
main(_) ->
    Child = [{pid, child_pid}, {id, worker_1},
             {mfargs, {my_worker, start_link, [[{deep, [1, 2, [3, 4, [5]]]}], "text"]}},
             {restart_type, permanent}, {significant, false},
             {shutdown, 5000}, {child_type, worker}],
    Many = [{nb_children, 3} | tl(Child)],
    Err = #{label => {supervisor, child_terminated},
            report => [{supervisor, {local, my_sup}}, {errorContext, child_terminated},
                       {reason, {badarith, [{m, f, 1, [{file, "m.erl"}, {line, 3}]}]}},
                       {offender, Child}]},
    Shut = #{label => {supervisor, shutdown_error},
             report => [{supervisor, {local, my_sup}}, {errorContext, shutdown_error},
                        {reason, killed}, {offender, Many}]},
    Prog = #{label => {supervisor, progress},
             report => [{supervisor, {local, my_sup}}, {started, Child}]},
    Opts = [#{chars_limit => 60},
            #{single_line => true, chars_limit => 100},
            #{chars_limit => 200, depth => 5}],
    [io:format("~p ~p:~n~ts~n", [Label, O, supervisor:format_log(R, O)])
     || {Label, R} <- [{err, Err}, {shut, Shut}, {prog, Prog}], O <- Opts],
    ok.
