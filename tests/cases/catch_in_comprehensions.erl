#!/usr/bin/env escript
-module(catch_in_comprehensions).
-mode(compile).
-export([main/1]).
f(0) -> throw(zero);
f(1) -> error(one);
f(2) -> exit(two);
f(3) -> 1 / zero();
f(4) -> element(5, {zero()});
f(N) -> N * 10.
zero() -> 0.
short({'EXIT', {R, [_ | _]}}) -> {'EXIT', R};
short(X) -> X.
main(_) ->
    io:format("~p~n", [[short(catch f(N)) || N <- lists:seq(0, 6)]]),
    io:format("~p~n", [[X || N <- lists:seq(0, 6), is_integer(X = (catch f(N)))]]),
    io:format("~p~n", [[try f(N) catch throw:T -> {t, T}; error:E -> {e, E}; exit:X -> {x, X} end || N <- lists:seq(0, 6)]]),
    io:format("~p~n", [<< <<(case catch f(N) of I when is_integer(I) -> I; _ -> 0 end)>> || N <- lists:seq(0, 8) >>]),
    G = fun(L) -> [catch hd(X) || X <- L] end,
    io:format("~p~n", [[short(R) || R <- G([[1], [], [a, b], x])]]),
    io:format("~p~n", [[{N, catch f(N)} || N <- [0, 5], (catch f(N)) =/= 50]]),
    io:format("~p~n", [lists:map(fun(N) -> short(catch f(N)) end, [2, 4, 7])]),
    Acc = lists:foldl(fun(N, A) -> case catch f(N) of
                                       V when is_integer(V) -> [V | A];
                                       {'EXIT', _} -> [err | A];
                                       T -> [{thrown, T} | A] end end, [], lists:seq(0, 6)),
    io:format("~p~n", [lists:reverse(Acc)]),
    io:format("~p~n", [[catch throw(X) || X <- [a, {b}, "c"]]]),
    io:format("~p~n", [catch [throw(first) || _ <- [1, 2]]]),
    io:format("~p~n", [[(catch X) + 1 || X <- [1, 2, 3]]]).
