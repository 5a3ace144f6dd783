#!/usr/bin/env escript
-module(prog_accumulate_reverse).
-mode(compile).
-export([main/1]).
rle([]) -> [];
rle([H | T]) -> rle(T, H, 1, []).
rle([H | T], H, N, Acc) -> rle(T, H, N + 1, Acc);
rle([H | T], P, N, Acc) -> rle(T, H, 1, [{P, N} | Acc]);
rle([], P, N, Acc) -> lists:reverse([{P, N} | Acc]).
unrle(L) -> lists:append([lists:duplicate(N, X) || {X, N} <- L]).
chunk(L, N) -> chunk(L, N, [], []).
chunk([], _, [], Acc) -> lists:reverse(Acc);
chunk([], _, Cur, Acc) -> lists:reverse([lists:reverse(Cur) | Acc]);
chunk([H | T], N, Cur, Acc) when length(Cur) + 1 =:= N -> chunk(T, N, [], [lists:reverse([H | Cur]) | Acc]);
chunk([H | T], N, Cur, Acc) -> chunk(T, N, [H | Cur], Acc).
split_by(P, L) -> split_by(P, L, [], []).
split_by(_, [], Cur, Acc) -> lists:reverse([lists:reverse(Cur) | Acc]);
split_by(P, [H | T], Cur, Acc) ->
    case P(H) of true -> split_by(P, T, [], [lists:reverse(Cur) | Acc]); false -> split_by(P, T, [H | Cur], Acc) end.
running([], _, Acc) -> lists:reverse(Acc);
running([H | T], S, Acc) -> running(T, S + H, [S + H | Acc]).
dedup(L) -> dedup(L, #{}, []).
dedup([], _, Acc) -> lists:reverse(Acc);
dedup([H | T], Seen, Acc) when is_map_key(H, Seen) -> dedup(T, Seen, Acc);
dedup([H | T], Seen, Acc) -> dedup(T, Seen#{H => true}, [H | Acc]).
interleave(A, B) -> interleave(A, B, []).
interleave([], B, Acc) -> lists:reverse(Acc, B);
interleave(A, [], Acc) -> lists:reverse(Acc, A);
interleave([X | A], [Y | B], Acc) -> interleave(A, B, [Y, X | Acc]).
main(_) ->
    S = "aaabccddddde",
    R = rle(S),
    io:format("~p~n~p~n", [R, unrle(R) =:= S]),
    io:format("~p~n", [rle([1, 1, 2, 2.0, 2.0, a, a, a])]),
    io:format("~p~n", [[chunk(lists:seq(1, 10), N) || N <- [1, 3, 4, 10, 11]]]),
    io:format("~p~n", [split_by(fun(C) -> C =:= $, end, "a,bc,,d,")]),
    io:format("~p~n", [running(lists:seq(1, 15), 0, [])]),
    io:format("~p~n", [dedup([3, 1, 3, 2, 1, {a}, {a}, "x", "x", 3.0])]),
    io:format("~p~n", [interleave([1, 2, 3, 4, 5], [a, b])]),
    Big = lists:seq(1, 200000),
    io:format("~p~n", [length(chunk(Big, 7))]),
    io:format("~p~n", [lists:last(running(Big, 0, []))]),
    {Evens, Odds} = lists:foldl(fun(X, {E, O}) when X rem 2 =:= 0 -> {[X | E], O}; (X, {E, O}) -> {E, [X | O]} end, {[], []}, lists:seq(1, 15)),
    io:format("~p ~p~n", [lists:reverse(Evens), lists:reverse(Odds)]),
    io:format("~p~n", [lists:reverse("abc", "def")]),
    io:format("~p~n", [lists:foldl(fun(X, Acc) -> [X, Acc] end, [], [1, 2, 3])]).
