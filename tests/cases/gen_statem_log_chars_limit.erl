#!/usr/bin/env escript
-module(gen_statem_log_chars_limit).
-mode(compile).
-export([main/1]).
%% gen_statem:format_log/2 with a chars_limit (io_lib:format/3 shares it
%% among the report's terms), multi-line, single-line and with a depth.
main(_) ->
    R = #{label => {gen_statem, terminate}, name => my_fsm,
          queue => [{call, {self_pid, tag}}, {info, hello}], postponed => [],
          modules => [my_fsm], callback_mode => state_functions, state_enter => false,
          state => {idle, #{count => 12, items => lists:seq(1, 20)}},
          timeouts => {0, []}, log => [],
          reason => {error, badarith, [{my_fsm, idle, 3, [{file, "my_fsm.erl"}, {line, 42}]}]},
          client_info => undefined, process_label => undefined},
    [io:format("~p:~n~ts~n", [O, gen_statem:format_log(R, O)])
     || O <- [#{chars_limit => 100}, #{chars_limit => 300, single_line => true}, #{chars_limit => 200, depth => 6}]],
    ok.
