#!/usr/bin/env escript
%% -*- erlang -*-
%%! -smp enable
-module(escript_emacs_and_flags_header).
-mode(compile).
-export([main/1]).
main(_) ->
    io:format("line ~p~n", [?LINE]),
    io:format("~p~n", [?MODULE]).
