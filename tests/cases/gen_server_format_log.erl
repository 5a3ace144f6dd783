#!/usr/bin/env escript
-module(gen_server_format_log).
-mode(compile).
-export([main/1]).
%% gen_server:format_log/2 (multi-line and one line, depth, chars_limit,
%% encoding; a sys log, client stack traces, undef explained) and
%% format_log/1 under a format depth.
main(_) ->
    Self = list_to_pid("<0.90.0>"),
    T = #{label => {gen_server, terminate}, name => my_server, last_message => {call, lists:seq(1, 25)},
          state => {state, #{items => lists:seq(1, 30), name => "server name"}, [a, b, c]},
          log => [{in, ping}, {out, pong, Self}, {noreply, {state, 1}}],
          reason => {badarith, [{my_server, handle_call, 3, [{file, "my_server.erl"}, {line, 10}]}]},
          client_info => {Self, {client_proc, [{m, f, 1, [{file, "m.erl"}, {line, N}]} || N <- lists:seq(1, 6)]}}},
    T2 = T#{log => [], client_info => undefined, reason => {undef, [{no_such_mod, f, [1], []}]}},
    T3 = T#{client_info => {Self, dead}},
    NH = #{label => {gen_server, no_handle_info}, module => my_server, message => {unexpected, lists:seq(1, 40)}},
    Opts = [#{}, #{single_line => true}, #{depth => 5}, #{depth => 6, single_line => true},
            #{chars_limit => 120}, #{chars_limit => 200, single_line => true, encoding => latin1}],
    [io:format("~p ~p:~n~ts|~n", [I, O, gen_server:format_log(R, O)])
     || {I, R} <- [{1, T}, {2, T2}, {3, T3}, {4, NH}], O <- Opts],
    application:set_env(kernel, error_logger_format_depth, 10),
    [begin {F, A} = gen_server:format_log(R), io:format(F ++ "|~n", A) end || R <- [T, NH]],
    ok.
