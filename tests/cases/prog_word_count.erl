#!/usr/bin/env escript
-module(prog_word_count).
-mode(compile).
-export([main/1]).
main(_) ->
    Text = "the quick brown fox jumps over the lazy dog the fox barks and the dog runs away quick quick",
    Words = string:lexemes(Text, " "),
    Counts = lists:foldl(fun(W, M) -> maps:update_with(W, fun(C) -> C + 1 end, 1, M) end, #{}, Words),
    io:format("~p~n", [Counts]),
    Sorted = lists:sort(fun({W1, C1}, {W2, C2}) -> {C2, W1} =< {C1, W2} end, maps:to_list(Counts)),
    lists:foreach(fun({W, C}) -> io:format("~-8s ~3w ~s~n", [W, C, lists:duplicate(C, $*)]) end, lists:sublist(Sorted, 5)),
    io:format("~p~n", [length(Words)]),
    io:format("~p~n", [lists:usort([length(W) || W <- Words])]),
    Longest = lists:foldl(fun(W, Best) when length(W) > length(Best) -> W; (_, Best) -> Best end, "", Words),
    io:format("~s~n", [Longest]),
    Caps = string:join([string:titlecase(W) || W <- lists:sublist(Words, 4)], " "),
    io:format("~s~n", [Caps]).
