#!/usr/bin/env escript
-module(prog_roman_words).
-mode(compile).
-export([main/1]).
-define(ROMAN, [{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"},
                {50, "L"}, {40, "XL"}, {10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"}]).
to_roman(0) -> "";
to_roman(N) -> {V, S} = hd([P || {V, _} = P <- ?ROMAN, V =< N]), S ++ to_roman(N - V).
from_roman(S) -> from_roman(S, ?ROMAN, 0).
from_roman([], _, Acc) -> Acc;
from_roman(S, [{V, R} | T] = Tab, Acc) ->
    case lists:prefix(R, S) of
        true -> from_roman(lists:nthtail(length(R), S), Tab, Acc + V);
        false -> from_roman(S, T, Acc)
    end.
words(0) -> "zero";
words(N) when N < 0 -> "minus " ++ words(-N);
words(N) -> string:trim(w(N)).
w(0) -> "";
w(N) when N < 20 -> element(N, {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                                 "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"});
w(N) when N < 100 ->
    T = element(N div 10 - 1, {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}),
    case N rem 10 of 0 -> T; R -> T ++ "-" ++ w(R) end;
w(N) when N < 1000 -> w(N div 100) ++ " hundred" ++ case N rem 100 of 0 -> ""; R -> " and " ++ w(R) end;
w(N) -> scale(N, [{1000000000000, "trillion"}, {1000000000, "billion"}, {1000000, "million"}, {1000, "thousand"}]).
scale(N, [{S, Name} | _]) when N >= S ->
    Rest = N rem S,
    w(N div S) ++ " " ++ Name ++ if Rest =:= 0 -> ""; Rest < 100 -> " and " ++ w(Rest); true -> " " ++ w(Rest) end;
scale(N, [_ | T]) -> scale(N, T);
scale(N, []) -> w(N).
main(_) ->
    Ns = [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 444, 1666],
    [io:format("~5w ~-12s ~w~n", [N, to_roman(N), from_roman(to_roman(N))]) || N <- Ns],
    io:format("~p~n", [lists:all(fun(N) -> from_roman(to_roman(N)) =:= N end, lists:seq(1, 3999))]),
    io:format("~p~n", [lists:sum([length(to_roman(N)) || N <- lists:seq(1, 3999)])]),
    [io:format("~w: ~s~n", [N, words(N)]) || N <- [0, 7, 13, 20, 42, 100, 101, 999, 1000, 1001, 12345, 1000000, 1234567891, -15, 2000000000000]],
    io:format("~p~n", [lists:sum([length([C || C <- words(N), C =/= $\s, C =/= $-]) || N <- lists:seq(1, 1000)])]).
