#!/usr/bin/env escript
-module(lc_basic).
-mode(compile).
-export([main/1]).
main(Args) ->
    io:format("~p~n", [[X * X || X <- [1, 2, 3, 4]]]),
    io:format("~p~n", [[X || X <- lists:seq(1, 20), X rem 3 =:= 0]]),
    io:format("~p~n", [[{X, Y} || X <- [1, 2, 3], Y <- [a, b]]]),
    io:format("~p~n", [[{X, Y} || X <- [1, 2, 3], Y <- [X, X * 10], Y > 2]]),
    io:format("~p~n", [[X || {ok, X} <- [{ok, 1}, error, {ok, 2}, {error, 3}, {ok, 3, extra}]]]),
    io:format("~p~n", [[H || [H | _] <- [[1, 2], [], [3], x]]]),
    io:format("~p~n", [[X || X <- [1, a, 2.0, "s", {t}], is_number(X)]]),
    io:format("~p~n", [[X + Y || X <- [1, 2], Y <- [10, 20], X + Y =/= 21]]),
    io:format("~p~n", [[[C] || C <- "abc"]]),
    io:format("~p~n", [[X || X <- []]]),
    io:format("~p~n", [[ok || _ <- [1, 2, 3]]]),
    io:format("~p~n", [[X || Args =:= [], X <- [1]]]),
    io:format("~p~n", [[X || Args =/= [], X <- [1]]]),
    Pyth = [{A, B, C} || C <- lists:seq(1, 20), B <- lists:seq(1, C), A <- lists:seq(1, B),
                         A * A + B * B =:= C * C],
    io:format("~p~n", [Pyth]),
    X = 5,
    io:format("~p~n", [[Y || {X2, Y} <- [{5, a}, {6, b}, {5, c}], X2 =:= X]]).
