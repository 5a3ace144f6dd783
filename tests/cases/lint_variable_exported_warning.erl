#!/usr/bin/env escript
-module(lint_variable_exported_warning).
-mode(compile).
-export([main/1]).
main(Args) ->
    case Args of
        [] -> Y = 1;
        _ -> Y = 2
    end,
    Z = begin W = 3, W end,
    io:format("~p ~p~n", [Y, Z]).
