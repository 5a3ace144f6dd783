#!/usr/bin/env escript
%% div, rem, band, bor, bxor, bsl, bsr on small integers at the edges of
%% the small range (61 bits in ferl), big integers, floats and atoms;
%% errors caught with their stack traces, and the operators in guards.
-module(expr_int_ops_inline).
-mode(compile).

main(_) ->
    Max = (1 bsl 59) * 2 - 1,
    Min = -(1 bsl 60),
    Vals = [0, 1, -1, 3, -7, 255, 1000, Max, Min, Max + 1, Min - 1, 1 bsl 70, -(1 bsl 70)],
    Shifts = [0, 1, 3, 59, 60, 61, 63, 64, 65, 200, -1, -3, -60, -64, -200],
    [io:format("~p ~p: ~p~n", [A, B, ops(A, B)]) || A <- Vals, B <- Vals],
    [io:format("~p shift ~p: ~p ~p~n", [A, N, A bsl N, A bsr N]) || A <- Vals, N <- Shifts],
    Bad = [{1, 0}, {Max, 0}, {1 bsl 70, 0}, {1.0, 2}, {3, 2.0}, {a, 1}, {1, "x"}],
    [io:format("~p ~p: ~p~n", [A, B, errs(A, B)]) || {A, B} <- Bad],
    io:format("~p~n", [[guard(X) || X <- [0, 1, 2, 3, 8, 9, 16, -4, 1.5, a, 1 bsl 64]]]),
    io:format("~p~n", [sum(100000, 0)]),
    try id(7) rem id(0)
    catch error:R:S -> io:format("~p ~p~n", [R, hd(S)])
    end,
    try id(7) band id(foo)
    catch error:R2:S2 -> io:format("~p ~p~n", [R2, hd(S2)])
    end,
    try id(7) bsl id(1 bsl 70)
    catch error:R3:S3 -> io:format("~p ~p~n", [R3, hd(S3)])
    end.

id(X) -> X.

ops(A, B) ->
    [safe(fun() -> A div B end), safe(fun() -> A rem B end), A band B, A bor B, A bxor B].

safe(F) ->
    try F() catch error:R -> R end.

errs(A, B) ->
    [safe(fun() -> A div B end), safe(fun() -> A rem B end), safe(fun() -> A band B end),
     safe(fun() -> A bor B end), safe(fun() -> A bxor B end), safe(fun() -> A bsl B end),
     safe(fun() -> A bsr B end)].

guard(X) when X rem 2 =:= 0, X band 4 =:= 0 -> even_no4;
guard(X) when X div 3 =:= 1; X bsr 3 =:= 1 -> three_or_eight;
guard(X) when (X bor 1) bxor 3 =:= 0; X bsl 1 > 20 -> other;
guard(_) -> none.

sum(0, A) -> A;
sum(N, A) -> sum(N - 1, (A + N rem 7 + (N band 15) + (N bsr 2) - (N div 5)) bxor (N bsl 1)).
