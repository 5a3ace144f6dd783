#!/usr/bin/env escript
-module(bin_bitstring_patterns).
-mode(compile).
-export([main/1]).
id(X) -> X.
split_bits(B, N) when bit_size(B) =< N -> [B];
split_bits(B, N) -> <<H:N/bits, T/bits>> = B, [H | split_bits(T, N)].
rev_bits(<<>>) -> <<>>;
rev_bits(<<B:1, R/bits>>) -> <<(rev_bits(R))/bits, B:1>>.
popcount(<<>>) -> 0;
popcount(<<B:1, R/bits>>) -> B + popcount(R).
main(_) ->
    B = <<16#A5, 16#3C, 16#F0>>,
    [io:format("~p: ~w~n", [N, split_bits(B, N)]) || N <- [1, 3, 5, 8, 13, 24, 30]],
    io:format("~w ~w~n", [rev_bits(B), rev_bits(<<1:1, 0:2>>)]),
    io:format("~p~n", [[popcount(<<X:16>>) || X <- [0, 1, 255, 16#FFFF, 16#8001]]]),
    N = id(5),
    <<A:N/bits, Bb:N/bitstring, C/bits>> = B,
    io:format("~w ~w ~w ~p~n", [A, Bb, C, bit_size(C)]),
    io:format("~w~n", [<<A/bits, Bb/bits, C/bits>> =:= B]),
    io:format("~w~n", [<<A:3/bits, 1:1, Bb:2/bits>>]),
    io:format("~w~n", [<< <<X:N/bits>> || <<X:N/bits>> <= B >>]),
    io:format("~w~n", [[X || <<X:N/bits>> <= B]]),
    io:format("~w~n", [list_to_bitstring([<<1:1>>, <<2:2>>, [<<3>>, <<>>], 4, <<5:3>>])]),
    io:format("~w~n", [bitstring_to_list(<<1, 2, 3:4>>)]),
    io:format("~w~n", [{is_binary(<<1:7>>), is_bitstring(<<1:7>>), byte_size(<<1:7>>), bit_size(<<1:7>>)}]),
    io:format("~w~n", [try <<(id(<<1:3>>))/binary>> catch error:E -> E end]),
    io:format("~w~n", [<<(id(<<1:3>>)):2/bits>>]),
    io:format("~w~n", [try <<(id(<<1:3>>)):4/bits>> catch error:E2 -> E2 end]),
    Pad = fun(Bits) -> P = (8 - bit_size(Bits) rem 8) rem 8, <<Bits/bits, 0:P>> end,
    io:format("~w~n", [[Pad(X) || X <- [<<>>, <<1:1>>, <<255, 1:7>>, <<7:8>>]]]),
    io:format("~w~n", [<<1:1, 2:2, 3:3, 4:4, 5:5, 6:6, 7:7>>]),
    <<X1:1, X2:2, X3:3, X4:4, X5:5, X6:6, X7:7>> = <<1:1, 2:2, 3:3, 4:4, 5:5, 6:6, 7:7>>,
    io:format("~w~n", [[X1, X2, X3, X4, X5, X6, X7]]),
    io:format("~w~n", [<<-1:5, 300:8, -300:12/little>>]).
