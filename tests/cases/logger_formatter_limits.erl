#!/usr/bin/env escript
-module(logger_formatter_limits).
-mode(compile).
-export([main/1]).
%% logger_formatter:format/2 with chars_limit (what the template leaves goes
%% to the message, shared by io_lib:format/3) and max_size (cut with ...).
main(_) ->
    Meta = #{time => 0, pid => self_pid},
    Events = [#{level => error, msg => {"Value: ~p and ~p, ~s~n", [lists:seq(1, 50), {a, [b, c, {d, e}], "string"}, "a long text argument here"]}, meta => Meta},
              #{level => warning, msg => {string, "a plain string message that is rather long, longer than the limits"}, meta => Meta},
              #{level => info, msg => {report, #{what => test, items => lists:seq(1, 30), nested => #{a => {b, c}}}}, meta => Meta},
              #{level => error, msg => {"~w~n", [lists:duplicate(20, {x, y})]}, meta => Meta}],
    Configs = [#{chars_limit => 40, template => [msg]}, #{chars_limit => 80, template => ["<", level, "> ", msg, "\n"]},
               #{max_size => 30, template => [msg]}, #{max_size => 50, template => [msg, "\n"]},
               #{chars_limit => 60, max_size => 45, single_line => true, template => [level, ": ", msg, "\n"]},
               #{chars_limit => 10, template => [msg]}, #{chars_limit => 200, depth => 5, template => [msg]},
               #{max_size => 20, template => ["[", level, "]"]}],
    [io:format("~p ~p:~n~ts|~n", [I, C, logger_formatter:format(E, C)])
     || {I, E} <- lists:zip(lists:seq(1, length(Events)), Events), C <- Configs],
    ok.
