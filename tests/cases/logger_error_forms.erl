#!/usr/bin/env escript
-module(logger_error_forms).
-mode(compile).
-export([main/1]).
%% What the default handler prints for logger:error/1,2,3 with a string, a
%% format and arguments, a map or key-value report, and report callbacks.

sync() -> logger_std_h:filesync(default).

main(_) ->
    logger:error("a plain string"), sync(),
    logger:error(<<"a binary string">>), sync(),
    logger:error("format ~p and ~s and ~w", [42, "text", {a, b}]), sync(),
    logger:error(#{what => map_report, count => 2, name => "a string value"}), sync(),
    logger:error([{what, list_report}, {items, [1, 2, 3]}, plain_term]), sync(),
    logger:error([{nested, #{deep => [1, {2, 3}]}}, {long, lists:seq(1, 40)}]), sync(),
    logger:error("string with metadata", #{some => meta}), sync(),
    logger:error("format ~p with metadata", [x], #{some => meta}), sync(),
    logger:error(#{x => 1}, #{report_cb => fun(R) -> {"report_cb/1 got ~p", [R]} end}), sync(),
    logger:error(#{x => 2}, #{report_cb => fun(R, Opts) -> io_lib:format("report_cb/2 got ~p~nopts ~p", [R, Opts]) end}), sync(),
    logger:error(#{x => 3}, #{report_cb => fun(_) -> not_a_format end}), sync(),
    logger:error(#{x => 4}, #{report_cb => fun(_, _) -> {not_chardata} end}), sync(),
    logger:error("bad ~p format ~p", [only_one]), sync(),
    logger:error(fun(N) -> {"lazy ~p", [N]} end, 7), sync(),
    logger:error(fun(_) -> ignore end, 8), sync(),
    io:format("done~n").
