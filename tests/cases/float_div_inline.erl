#!/usr/bin/env escript
%% `/` as an inline arithmetic instruction: small integers, floats, big
%% integers and their mixes; division by zero (0, 0.0, -0.0), results
%% too large for a float, non-numbers; errors caught with their stack
%% traces; `/` in guards; and float results kept across collections.
-module(float_div_inline).
-mode(compile).

main(_) ->
    Vals = [0, 1, -1, 7, -3, 1 bsl 59, 1 bsl 70, -(1 bsl 70), 1.0, -2.5, 0.0, -0.0, 1.0e308, 1.0e-308, 3.0e-5],
    [io:format("~p / ~p: ~p~n", [A, B, safe(fun() -> A / B end)]) || A <- Vals, B <- Vals],
    [io:format("~p / ~p: ~p~n", [A, B, safe(fun() -> A / B end)]) || {A, B} <- [{a, 1}, {1, "x"}, {1.5, b}, {1 bsl 1100, 1}]],
    try id(7) / id(0)
    catch error:R:S -> io:format("~p ~p~n", [R, hd(S)])
    end,
    try id(1.0) / id(foo)
    catch error:R2:S2 -> io:format("~p ~p~n", [R2, hd(S2)])
    end,
    io:format("~p~n", [[guard(X) || X <- [0, 1, 2, 4, 0.5, 8.0, -0.0, a, 1 bsl 80]]]),
    io:format("~p~n", [lists:sum(floats(200000, []))]),
    io:format("~p~n", [harmonic(100000, 0.0)]),
    X1 = id(10) / 4,
    io:format("~p ~p ~p~n", [X1, X1 * 2, trunc(X1 / 0.5)]).

id(X) -> X.

safe(F) ->
    try F() catch error:R -> R end.

guard(X) when 1 / X > 1 -> small;
guard(X) when X / 2 >= 1 -> large;
guard(_) -> other.

%% Many float results live at once (a list), so collections copy them.
floats(0, Acc) -> Acc;
floats(N, Acc) -> floats(N - 1, [N / 3 | Acc]).

harmonic(0, Acc) -> Acc;
harmonic(N, Acc) -> harmonic(N - 1, Acc + 1 / N).
