#!/usr/bin/env escript
-module(prog_sorting_algos).
-mode(compile).
-export([main/1]).
qsort([]) -> [];
qsort([P | T]) -> qsort([X || X <- T, X < P]) ++ [P] ++ qsort([X || X <- T, X >= P]).
msort([]) -> [];
msort([X]) -> [X];
msort(L) ->
    {A, B} = lists:split(length(L) div 2, L),
    merge(msort(A), msort(B)).
merge([], B) -> B;
merge(A, []) -> A;
merge([X | A], [Y | _] = B) when X =< Y -> [X | merge(A, B)];
merge(A, [Y | B]) -> [Y | merge(A, B)].
isort(L) -> lists:foldl(fun ins/2, [], L).
ins(X, [Y | T]) when X > Y -> [Y | ins(X, T)];
ins(X, L) -> [X | L].
ssort([]) -> [];
ssort(L) -> M = lists:min(L), [M | ssort(lists:delete(M, L))].
bsort(L) ->
    case pass(L) of
        {L2, true} -> bsort(L2);
        {L2, false} -> L2
    end.
pass([A, B | T]) when A > B -> {R, _} = pass([A | T]), {[B | R], true};
pass([A | T]) when T =/= [] -> {R, S} = pass(T), {[A | R], S};
pass(L) -> {L, false}.
heapsort(L) -> hs(lists:foldl(fun hins/2, nil, L)).
hins(X, nil) -> {X, nil, nil};
hins(X, {Y, L, R}) when X < Y -> {X, R, hins(Y, L)};
hins(X, {Y, L, R}) -> {Y, R, hins(X, L)}.
hs(nil) -> [];
hs({X, L, R}) -> [X | hs(hmerge(L, R))].
hmerge(nil, H) -> H;
hmerge(H, nil) -> H;
hmerge({X, L1, R1}, {Y, _, _} = B) when X =< Y -> {X, R1, hmerge(L1, B)};
hmerge(A, {Y, L2, R2}) -> {Y, R2, hmerge(L2, A)}.
lcg(S) -> (S * 1103515245 + 12345) rem 2147483648.
rand_list(0, _) -> [];
rand_list(N, S) -> S2 = lcg(S), [S2 rem 1000 | rand_list(N - 1, S2)].
main(_) ->
    Inputs = [[], [1], [2, 1], [3, 1, 2], [5, 5, 5, 1], lists:seq(10, 1, -1),
              [-3, 0.5, 2, -1.5, 0, 7], rand_list(25, 42)],
    Sorts = [{qsort, fun qsort/1}, {msort, fun msort/1}, {isort, fun isort/1},
             {ssort, fun ssort/1}, {bsort, fun bsort/1}, {heapsort, fun heapsort/1}],
    lists:foreach(fun(In) ->
        Exp = lists:sort(In),
        Res = [{N, F(In) =:= Exp} || {N, F} <- Sorts],
        io:format("~w~n  -> ~w~n  ~w~n", [In, Exp, [N || {N, false} <- Res]])
    end, Inputs),
    Big = rand_list(2000, 7),
    io:format("big ~p~n", [[{N, F(Big) =:= lists:sort(Big)} || {N, F} <- Sorts, N =/= bsort]]),
    io:format("~w~n", [lists:sublist(msort(Big), 15)]),
    io:format("~w~n", [lists:usort(rand_list(40, 3))]),
    Recs = [{N rem 7, N} || N <- rand_list(15, 9)],
    io:format("~w~n", [lists:keysort(1, Recs)]),
    io:format("~w~n", [lists:sort(fun({A, _}, {B, _}) -> A >= B end, Recs)]).
