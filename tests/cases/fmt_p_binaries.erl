#!/usr/bin/env escript
-module(fmt_p_binaries).
-mode(compile).
-export([main/1]).
main(_) ->
    io:format("~p~n", [<<"hello">>]),
    io:format("~p~n", [<<>>]),
    io:format("~p~n", [<<0, 1, 2>>]),
    io:format("~p~n", [<<"text", 0>>]),
    io:format("~p~n", [<<"caf", 233>>]),
    io:format("~p~n", [<<"café"/utf8>>]),
    io:format("~tp~n", [<<"café"/utf8>>]),
    io:format("~p~n", [<<255, 254>>]),
    io:format("~p~n", [list_to_binary(lists:seq(1, 60))]),
    io:format("~p~n", [list_to_binary(lists:duplicate(100, $x))]),
    io:format("~p~n", [[<<"one">>, <<"two">>, <<1, 2>>]]),
    io:format("~p~n", [{<<"a long binary string that goes on">>, <<"another long binary string here">>}]),
    io:format("~p~n", [<<1, 2, 3:4>>]),
    io:format("~p~n", [<<"tab\there">>]),
    io:format("~p~n", [<<"\"quoted\"">>]),
    io:format("~w~n", [<<"abc">>]),
    io:format("~s~n", [<<"binary as ~s">>]).
