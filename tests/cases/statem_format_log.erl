#!/usr/bin/env escript
%% gen_statem:format_log/1,2 on a terminate report: multi-line and
%% single-line text, a depth limit, and the error_logger form ({Format,
%% Args}); an undef of a callback is explained.
-module(statem_format_log).
-mode(compile).

main(_) ->
    Report = #{label => {gen_statem, terminate}, name => my_machine,
               queue => [{cast, {go, [1, 2, 3, 4, 5, 6, 7, 8]}}, {info, later}],
               postponed => [{cast, wait}], modules => [my_mod], callback_mode => state_functions,
               state_enter => true, state => {idle, #{n => 1, list => lists:seq(1, 20)}},
               timeouts => {1, [{state_timeout, alarm}]}, log => [],
               reason => {error, badarith, [{my_mod, idle, 3, [{file, "my_mod.erl"}, {line, 7}]}]},
               client_info => undefined},
    io:format("~ts~n", [gen_statem:format_log(Report, #{})]),
    io:format("~ts~n", [gen_statem:format_log(Report, #{single_line => true})]),
    io:format("~ts~n", [gen_statem:format_log(Report, #{depth => 5})]),
    io:format("~ts~n", [gen_statem:format_log(Report, #{depth => 5, single_line => true})]),
    {Format, Args} = gen_statem:format_log(Report),
    io:format(Format, Args),
    Undef = Report#{queue => [], postponed => [], state_enter => false, timeouts => {0, []},
                    reason => {error, undef, [{lists, no_such_fun, [x], []}, {gen_statem, loop_state_callback, 11, []}]},
                    log => [{in, {cast, x}, idle}]},
    io:format("~ts~n", [gen_statem:format_log(Undef, #{})]),
    NoModule = Undef#{reason => {error, undef, [{no_such_module, f, 1, []}]}},
    io:format("~ts~n", [gen_statem:format_log(NoModule, #{single_line => true})]).
