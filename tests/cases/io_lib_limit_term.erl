#!/usr/bin/env escript
-module(io_lib_limit_term).
-mode(compile).
-export([main/1]).
%% io_lib:limit_term/2 cutting lists, tuples, maps and improper lists to a depth, printable lists kept whole.
main(_) ->
    Terms = [[1, 2, 3, 4, 5, 6], "printable string", {a, {b, {c, {d, {e}}}}}, #{a => 1, b => #{c => [1, 2, 3]}, d => 4, e => 5},
             [a, b | c], [[x, y], [z | w]], {}, <<"bin">>, lists:seq(1, 20), {tag, "str", [1, 2, {deep, [3, [4]]}]},
             maps:from_list([{K, [K]} || K <- lists:seq(1, 10)]), [{k, v} | tail]],
    [io:format("~w ~w: ~p~n", [I, D, io_lib:limit_term(T, D)])
     || {I, T} <- lists:zip(lists:seq(1, length(Terms)), Terms), D <- [-1, 0, 1, 2, 3, 4, 6, 10]],
    io:format("~p~n", [[io_lib:limit_term(T, D) =:= T || T <- Terms, D <- [2, 5]]]),
    ok.
