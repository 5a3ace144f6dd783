#!/usr/bin/env escript
-module(fmt_table_columns).
-mode(compile).
-export([main/1]).
main(_) ->
    Rows = [{"apple", 3, 1.25}, {"banana", 12, 0.5}, {"cherry", 150, 10.0}, {"kiwi", 7, 2.333}],
    io:format("~-10s|~6s|~10s|~n", ["name", "qty", "price"]),
    io:format("~s~n", [lists:duplicate(29, $-)]),
    [io:format("~-10s|~6w|~10.2f|~n", [N, Q, P]) || {N, Q, P} <- Rows],
    io:format("~-10s|~6w|~10.2f|~n", ["total", lists:sum([Q || {_, Q, _} <- Rows]), lists:sum([Q * P || {_, Q, P} <- Rows])]),
    io:format("~10.3.0f|~-10.3f|~n", [-1.5, -1.5]),
    io:format("~10.2e|~-12.3e|~n", [12345.678, -0.000123]),
    io:format("~5w|~-5w|~5p|~n", [ab, cd, ef]),
    io:format("~2s|~2w|~n", ["abcdef", 123456]),
    io:format("~c~c~c~n", [$[, $x, $]]).
