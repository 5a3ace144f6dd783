#!/usr/bin/env escript
-module(map_large_match).
-mode(compile).
-export([main/1, id/1]).

%% Map patterns and `M#{K := V}` on maps above 32 keys, with keys of
%% every type (integers and floats that compare equal stay distinct).

id(X) -> X.

r(F) -> try F() catch C:R -> {C, R} end.

keys() ->
    [a, b, c, 1, 1.0, 2, 2.5, "str", <<"bin">>, {t, 1}, [l], -7, 1 bsl 70]
    ++ lists:seq(100, 130).

big() -> maps:from_list([{K, N} || {K, N} <- lists:zip(keys(), lists:seq(1, length(keys())))]).

head(#{a := A, 1 := One, 1.0 := OneF, {t, 1} := T}) -> {A, One, OneF, T};
head(_) -> nomatch.

main(_) ->
    M = big(),
    io:format("~p~n", [map_size(M)]),
    io:format("~p~n", [head(M)]),
    io:format("~p~n", [head(maps:remove(1.0, M))]),
    #{<<"bin">> := Bin, "str" := Str, 130 := Last} = M,
    io:format("~p ~p ~p~n", [Bin, Str, Last]),
    case M of
        #{missing := _} -> io:format("wrong~n");
        #{(1 bsl 70) := Big, -7 := Neg} -> io:format("~p ~p~n", [Big, Neg])
    end,
    M2 = M#{a := changed, 1.0 := float, new => added},
    io:format("~p ~p ~p ~p ~p~n", [map_size(M2), maps:get(a, M2), maps:get(1, M2),
                                   maps:get(1.0, M2), maps:get(new, M2)]),
    io:format("~p~n", [r(fun() -> (id(M))#{3.0 := x} end)]),
    {error, {badmatch, Bad}} = r(fun() -> #{nothere := _} = id(M) end),
    io:format("~p~n", [Bad =:= M]),
    io:format("~p ~p~n", [maps:is_key(2.0, M), maps:is_key(2.5, M)]),
    %% A strict order: 1 and 1.0 are equal to lists:sort/1.
    Exact = fun(X, Y) -> {X, is_float(X)} =< {Y, is_float(Y)} end,
    io:format("~p~n", [lists:sort(Exact, maps:keys(M))]),
    %% Nested large maps.
    Outer = maps:from_list([{I, M#{I => inner}} || I <- lists:seq(1, 40)]),
    #{7 := #{7 := In, a := A}} = Outer,
    io:format("~p ~p ~p~n", [In, A, map_size(maps:get(40, Outer))]),
    Outer2 = Outer#{7 := (maps:get(7, Outer))#{a := deep}},
    io:format("~p ~p~n", [maps:get(a, maps:get(7, Outer2)), maps:get(a, maps:get(7, Outer))]),
    ok.
