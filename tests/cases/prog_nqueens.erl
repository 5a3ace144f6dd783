#!/usr/bin/env escript
-module(prog_nqueens).
-mode(compile).
-export([main/1]).
queens(N) -> queens(N, N).
queens(0, _) -> [[]];
queens(K, N) -> [[Q | Qs] || Qs <- queens(K - 1, N), Q <- lists:seq(1, N), safe(Q, Qs, 1)].
safe(_, [], _) -> true;
safe(Q, [Q1 | Qs], D) -> Q =/= Q1 andalso abs(Q - Q1) =/= D andalso safe(Q, Qs, D + 1).
show(Sol) ->
    N = length(Sol),
    [io:format("~s~n", [[case C of Q -> $Q; _ -> $. end || C <- lists:seq(1, N)]]) || Q <- Sol],
    ok.
main(_) ->
    io:format("~p~n", [[length(queens(N)) || N <- lists:seq(1, 8)]]),
    [First | _] = queens(6),
    io:format("~p~n", [First]),
    show(First),
    io:format("~p~n", [hd(queens(8))]).
