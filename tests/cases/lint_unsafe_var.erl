#!/usr/bin/env escript
-module(lint_unsafe_var).
-mode(compile).
-export([main/1]).
main(Args) ->
    case Args of
        [] -> X = empty;
        [_ | _] -> ok
    end,
    io:format("~p~n", [X]).
