#!/usr/bin/env escript
-module(prog_string_processing).
-mode(compile).
-export([main/1]).
is_palindrome(S) ->
    C = [string:to_lower(X) || X <- S, (X >= $a andalso X =< $z) orelse (X >= $A andalso X =< $Z)],
    C =:= lists:reverse(C).
caesar(S, N) -> [shift(C, N) || C <- S].
shift(C, N) when C >= $a, C =< $z -> $a + (C - $a + N) rem 26;
shift(C, N) when C >= $A, C =< $Z -> $A + (C - $A + N) rem 26;
shift(C, _) -> C.
rle([]) -> [];
rle([H | T]) -> rle(T, H, 1).
rle([H | T], H, N) -> rle(T, H, N + 1);
rle([H | T], C, N) -> [{C, N} | rle(T, H, 1)];
rle([], C, N) -> [{C, N}].
main(_) ->
    io:format("~p~n", [[is_palindrome(S) || S <- ["A man, a plan, a canal: Panama", "hello", "", "Racecar"]]]),
    io:format("~s~n", [caesar("Hello, World!", 3)]),
    io:format("~s~n", [caesar(caesar("Round Trip", 13), 13)]),
    io:format("~p~n", [rle("aaabccddddde")]),
    io:format("~s~n", [lists:flatten([[integer_to_list(N), C] || {C, N} <- rle("aaabccddddde")])]),
    io:format("~p~n", [string:join(lists:reverse(string:split("a.b.c.d", ".", all)), ".")]),
    io:format("~p~n", [[string:to_upper(hd(W)) || W <- string:lexemes("portable network graphics", " ")]]),
    io:format("~p~n", [lists:foldl(fun(C, A) -> A * 31 + C end, 7, "hash me") rem 1000000007]).
