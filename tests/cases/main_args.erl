#!/usr/bin/env escript
-module(main_args).
-mode(compile).
-export([main/1]).
main(Args) ->
    io:format("~p~n", [Args]),
    io:format("~p~n", [length(Args)]),
    io:format("~p~n", [is_list(Args)]).
