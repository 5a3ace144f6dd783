#!/usr/bin/env escript
-module(float_edge_cases).
-mode(compile).
-export([main/1]).
id(X) -> X.
r(F) -> try F() catch C:R -> {C, R} end.
main(_) ->
    Z = id(0.0), NZ = id(-0.0),
    io:format("~p ~p ~p ~p~n", [Z, NZ, Z == NZ, Z =:= NZ]),
    io:format("~p ~p ~p~n", [-Z, 0.0 * -1, abs(NZ)]),
    io:format("~p~n", [[r(fun() -> id(1.0e308) * 10 end), r(fun() -> id(1.0e308) + id(1.0e308) end),
                        r(fun() -> id(1.0) / 0 end), r(fun() -> id(0.0) / 0.0 end), r(fun() -> math:log(id(-1)) end),
                        r(fun() -> math:sqrt(id(-1.0)) end), r(fun() -> math:pow(id(10.0), 400) end),
                        r(fun() -> float(id(1 bsl 1100)) end), r(fun() -> id(1 bsl 1100) * 1.0 end)]]),
    Huge = [1.0e15, 1.0e16 + 1, 123456789012345678.0, 1.0e20, 1.0e300, -9.87654321e25, 4.5, -4.5, 5.5, -0.5, 0.49999999999999994],
    [io:format("~p: t=~p r=~p f=~p c=~p~n", [X, trunc(X), round(X), floor(X), ceil(X)]) || X <- Huge],
    io:format("~p~n", [[7 div -2, -7 div 2, -7 div -2, 7 rem -2, -7 rem 2, -7 rem -2]]),
    io:format("~p~n", [[r(fun() -> id(7) div 0 end), r(fun() -> id(7) rem 0 end), r(fun() -> id(7.0) div 2 end)]]),
    Fs = [0.1, 1/3, 2/3, 1.0e-10, 123.456, 1.0e22, 1.0e23, 5.0e-324, 9.5e20, 100.0],
    [io:format("~p | ~s | ~s | ~s | ~s~n", [F, float_to_list(F), float_to_list(F, [{decimals, 4}]),
         float_to_list(F, [{scientific, 3}]), float_to_list(F, [short])]) || F <- Fs],
    io:format("~s ~s ~s~n", [float_to_list(2.5, [{decimals, 0}]), float_to_list(3.5, [{decimals, 0}]), float_to_list(1.25, [{decimals, 1}, compact])]),
    io:format("~s ~s~n", [float_to_list(1.0, [{decimals, 5}, compact]), float_to_list(0.1 + 0.2, [{decimals, 20}])]),
    io:format("~p ~p ~p~n", [0.1 + 0.2, 0.1 + 0.2 == 0.3, 1.0e16 + 1.0 == 1.0e16]),
    io:format("~p~n", [[list_to_float(S) || S <- ["1.0", "-0.0", "1.5e3", "1.0E-3", "00.5"]]]),
    io:format("~p~n", [[r(fun() -> list_to_float(S) end) || S <- ["1", "1.", ".5", "1e5", "1.0e"]]]),
    io:format("~p~n", [[binary_to_float(<<"3.25">>), float(1 bsl 62), 1 bsl 53 + 1.0, trunc(1.0e19) band 16#FFFF]]),
    io:format("~p~n", [{math:pi(), math:exp(1), math:floor(-2.5), math:ceil(-2.5), math:fmod(-7.5, 2)}]),
    io:format("~p~n", [{2 * 0.5, 3 / 3, 6 / 4, -6 / 4, 1 / 3 * 3, 10 / 2 =:= 5}]).
