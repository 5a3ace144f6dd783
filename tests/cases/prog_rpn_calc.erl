#!/usr/bin/env escript
-module(prog_rpn_calc).
-mode(compile).
-export([main/1]).
rpn(Str) ->
    [Res] = lists:foldl(fun step/2, [], string:tokens(Str, " ")),
    Res.
step("+", [A, B | S]) -> [B + A | S];
step("-", [A, B | S]) -> [B - A | S];
step("*", [A, B | S]) -> [B * A | S];
step("/", [A, B | S]) -> [B / A | S];
step("^", [A, B | S]) -> [math:pow(B, A) | S];
step("sum", S) -> [lists:sum(S)];
step(N, S) ->
    case string:to_integer(N) of
        {I, []} -> [I | S];
        _ -> [list_to_float(N) | S]
    end.
main(_) ->
    Exprs = ["3 4 +", "5 1 2 + 4 * + 3 -", "2 3 ^", "10 4 /", "1.5 2 *", "1 2 3 4 sum", "90 34 12 33 55 66 + * - + -"],
    [io:format("~s = ~p~n", [E, rpn(E)]) || E <- Exprs],
    io:format("~p~n", [try rpn("1 +") catch error:_ -> bad_expr end]).
