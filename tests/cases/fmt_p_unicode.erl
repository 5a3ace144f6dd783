#!/usr/bin/env escript
-module(fmt_p_unicode).
-mode(compile).
-export([main/1]).
main(_) ->
    S = "héllo wörld",
    U = [955, 945, 956, 946, 948, 945],
    io:format("~p~n", [S]),
    io:format("~tp~n", [S]),
    io:format("~p~n", [U]),
    io:format("~tp~n", [U]),
    io:format("~ts~n", [U]),
    io:format("~ts~n", [<<"ünïcödé"/utf8>>]),
    io:format("~s~n", [<<"ünïcödé"/utf8>>]),
    io:format("~tp~n", [{U, 'λ', <<"λ"/utf8>>}]),
    io:format("~p~n", ['λ']),
    io:format("~tp~n", ['λ']),
    io:format("~tw~n", [U]),
    io:format("~w~n", [U]),
    io:format("~tc~n", [955]),
    io:format("~p~n", [[8364]]),
    io:format("~tp~n", [[8364, $a]]),
    io:format("~ts~n", [[8364, $a]]),
    io:format("~p~n", [unicode:characters_to_binary("λx")]),
    io:format("~p~n", [unicode:characters_to_list(<<"λx"/utf8>>)]).
