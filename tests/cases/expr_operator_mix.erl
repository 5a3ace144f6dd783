#!/usr/bin/env escript
-module(expr_operator_mix).
-mode(compile).
-export([main/1]).
id(X) -> X.
main(_) ->
    A = id(7), B = id(3), C = id(-2),
    io:format("~p~n", [[A + B * C, (A + B) * C, A - B - C, A - (B - C), -A rem B, A div B * B + A rem B]]),
    io:format("~p~n", [[A band B bor C, A bxor B bsl 2, (A bxor B) bsl 2, bnot A band 16#F, -C bsr 1, 1 bsl A - 1]]),
    io:format("~p~n", [[A > B andalso B > C, not (A > B) orelse C < 0, A == 7.0 andalso A =/= 7.0, not not true]]),
    io:format("~p~n", [[(A > B) xor (B > C), true and false or true, (A < B) or (B < A)]]),
    io:format("~p~n", [[+A, -(-A), - - A, +C, -C * -C, A / B, A / B * B == A, 2 * 3 rem 4, 2 * (3 rem 4)]]),
    io:format("~p~n", [[[1, 2] ++ [3] -- [1], ([1, 2] ++ [3]) -- [1], [1, 2, 3] -- [2] -- [2], "ab" ++ "cd" ++ "ef"]]),
    io:format("~p~n", [[A =:= 7, A == 7.0, A /= 7.0, A =/= 7.0, A =< 7, A >= 7.0, 1.0 < 1, 1 < 1.0000001]]),
    io:format("~p~n", [{A > B, B > C, (A > B) > 0}]),
    X = Y = id(5),
    io:format("~p~n", [X + Y]),
    {P, Q} = R = {id(1), id(2)},
    io:format("~p ~p ~p~n", [P, Q, R]),
    io:format("~p~n", [[X2 * 2 || X2 <- [1, 2], X2 > 0 andalso X2 < 5]]),
    Big = id(1 bsl 64),
    io:format("~p~n", [[Big + 1, Big * Big, Big - Big * 2, Big div 3, Big rem 7, -Big bsr 60, Big band (Big - 1), Big bor 1]]),
    io:format("~p~n", [[Big > 1.0e19, Big < 1.0e20, Big == 18446744073709551616.0, Big =:= 18446744073709551616.0]]),
    io:format("~p~n", [[1 + 2.0, 3 - 1.5, 2 * 0.5, 7 / 7, 16#10 + 8#10 + 2#10, $a + 1, $\n]]),
    io:format("~p~n", [(fun() -> 1 end)() + (fun(Z) -> Z end)(2)]),
    io:format("~p~n", [begin T = {a, b}, element(1, T) end]),
    io:format("~p~n", [[case N of N when N > 2 -> big; _ -> small end || N <- [1, 3]]]),
    io:format("~p~n", [A * -1 + +B - -C]).
