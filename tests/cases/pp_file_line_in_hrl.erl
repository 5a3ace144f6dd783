#!/usr/bin/env escript
-module(pp_file_line_in_hrl).
-mode(compile).
-export([main/1]).
-include("include/pp_file_line_in_hrl.hrl").
main(_) ->
    io:format("~p~n", [where()]),
    io:format("~p~n", [{?FILE, ?LINE}]),
    io:format("~p~n", [?HRL_LINE]).
