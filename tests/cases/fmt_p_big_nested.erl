#!/usr/bin/env escript
-module(fmt_p_big_nested).
-mode(compile).
-export([main/1]).
tree(0) -> leaf;
tree(N) -> {node, N, tree(N - 1), tree(N - 1)}.
main(_) ->
    io:format("~p~n", [tree(4)]),
    Cfg = #{server => #{host => "localhost", port => 8080, opts => [{backlog, 128}, {nodelay, true}, {reuseaddr, true}]},
            users => [#{name => <<"alice">>, roles => [admin, dev], quota => 1.5e9},
                      #{name => <<"bob">>, roles => [], quota => 0}],
            matrix => [[I * J || J <- lists:seq(1, 8)] || I <- lists:seq(1, 6)]},
    io:format("~p~n", [Cfg]),
    io:format("~p~n", [lists:seq(1, 60)]),
    io:format("~p~n", [[{K, lists:duplicate(K, K)} || K <- lists:seq(1, 7)]]),
    io:format("~p~n", [{[<<"binary data here">>, "a string which is fairly long to wrap"], {nested, {deeper, {deepest, [1, 2, 3]}}}, 'atom with spaces', -12.5e-10}]),
    io:format("~p~n", [[lists:seq(1, N) || N <- lists:seq(1, 12)]]),
    io:format("~P~n", [tree(5), 8]),
    io:format("~40p~n", [Cfg]),
    io:format("  prefix: ~p~n", [[{alpha, beta, gamma}, {delta, epsilon, zeta}, {eta, theta, iota}]]),
    io:format("~p~n", [list_to_tuple(lists:seq(1, 30))]),
    io:format("~p~n", [[[$a + I rem 26 || I <- lists:seq(0, 30)] || _ <- [1, 2, 3]]]),
    io:format("~w~n", [tree(3)]),
    S = io_lib:format("~p", [tree(3)]),
    io:format("~p lines~n", [length(string:split(lists:flatten(S), "\n", all))]).
