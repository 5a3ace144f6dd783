#!/usr/bin/env escript
-module(bin_size_from_segments).
-mode(compile).
-export([main/1]).
strings(<<>>) -> [];
strings(<<L:8, S:L/binary, R/binary>>) -> [S | strings(R)].
pascal(Bin) ->
    <<N:8, Len:N/unit:8, Data:Len/binary, Rest/bits>> = Bin,
    {N, Len, Data, Rest}.
fields(<<Count:4, Widths:Count/binary-unit:4, Rest/bits>>) ->
    Ws = [W || <<W:4>> <= Widths],
    take(Ws, Rest).
take([], Rest) -> {[], Rest};
take([W | Ws], Bin) ->
    <<V:W, R/bits>> = Bin,
    {Vs, R2} = take(Ws, R),
    {[V | Vs], R2}.
main(_) ->
    io:format("~p~n", [strings(<<3, "abc", 0, 5, "hello", 1, "!">>)]),
    io:format("~p~n", [pascal(<<1, 4, "datamore">>)]),
    io:format("~p~n", [pascal(<<2, 0, 3, "xyz", 1:3>>)]),
    io:format("~p~n", [fields(<<3:4, 4:4, 8:4, 1:4, 15:4, 255, 1:1, 6:2>>)]),
    F = fun(<<Sz, V:Sz/bits, _/bits>>) -> V end,
    io:format("~w~n", [[F(<<S, 16#FFFF:16>>) || S <- [0, 1, 5, 12]]]),
    Build = fun(Xs) -> << <<(length(X)), (list_to_binary(X))/binary>> || X <- Xs >> end,
    B = Build(["one", "two", "three", ""]),
    io:format("~w~n~p~n", [B, strings(B)]),
    M = #{size => 2},
    Sz = maps:get(size, M),
    case <<7, 8, 9, 10>> of
        <<X:Sz/binary, Y/binary>> -> io:format("~w ~w~n", [X, Y])
    end,
    io:format("~p~n", [[{A, Bs} || <<A:8, Bs:A/binary>> <= <<2, 1, 2, 1, 9, 0>>]]).
