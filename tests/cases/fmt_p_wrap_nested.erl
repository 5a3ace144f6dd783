#!/usr/bin/env escript
-module(fmt_p_wrap_nested).
-mode(compile).
-export([main/1]).
main(_) ->
    Deep = {level1, {level2, {level3, {level4, {level5, [a, b, c], "string at depth"}}}}},
    io:format("~p~n", [Deep]),
    T = {config, [{name, "server"}, {port, 8080}, {options, [verbose, {timeout, 5000}, {retries, 3}]},
                  {handlers, [{http, "/api", fun_handler}, {ws, "/socket", ws_handler}]}]},
    io:format("~p~n", [T]),
    io:format("~p~n", [[T, T]]),
    Tree = lists:foldl(fun(N, Acc) -> {node, N, Acc, leaf} end, leaf, lists:seq(1, 12)),
    io:format("~p~n", [Tree]),
    io:format("~p~n", [{ok, [{key1, value1}, {key2, [{sub1, 1}, {sub2, 2}, {sub3, [x, y, z]}]}, {key3, {a, b, c, d, e, f, g, h, i, j, k, l, m, n, o}}]}]).
