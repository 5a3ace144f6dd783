#!/usr/bin/env escript
-module(lint_warning_shadow_vars).
-mode(compile).
-export([main/1]).
main(_) ->
    X = 1,
    L = [X || X <- [10, 20]],
    F = fun(X) -> X * 2 end,
    G = fun(Y) -> [Y || {Y, _} <- [{Y, 1}]] end,
    B = << <<X>> || <<X>> <= <<1, 2>> >>,
    io:format("~p ~p ~p ~p ~p~n", [X, L, F(3), G(4), B]).
