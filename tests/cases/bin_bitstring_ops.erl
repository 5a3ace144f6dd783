#!/usr/bin/env escript
-module(bin_bitstring_ops).
-mode(compile).
-export([main/1]).
count_ones(<<>>) -> 0;
count_ones(<<B:1, Rest/bits>>) -> B + count_ones(Rest).
rev_bits(<<>>) -> <<>>;
rev_bits(<<B:1, Rest/bits>>) -> <<(rev_bits(Rest))/bits, B:1>>.
main(_) ->
    io:format("~p~n", [count_ones(<<255, 1, 3:2>>)]),
    io:format("~p~n", [rev_bits(<<2#10110:5>>)]),
    B = <<1:1, 0:1, 1:1, 1:1>>,
    io:format("~p~n", [{B, bit_size(B), byte_size(B)}]),
    io:format("~p~n", [<<B/bits, B/bits>>]),
    io:format("~p~n", [<<B/bitstring, 0:4>>]),
    <<X:4, _/bits>> = <<B/bits, 0:4>>,
    io:format("~p~n", [X]),
    io:format("~p~n", [is_binary(<<B/bits, 0:4>>)]),
    io:format("~p~n", [bit_size(<<0:100>>)]),
    <<A:3/signed, C:5/signed>> = <<2#11100011>>,
    io:format("~p~n", [{A, C}]),
    <<F:16/float>> = <<1.5:16/float>>,
    io:format("~p~n", [F]),
    <<L:24/little-signed>> = <<255, 255, 255>>,
    io:format("~p~n", [L]),
    <<N:32/native>> = <<1:32/native>>,
    io:format("~p~n", [N]),
    io:format("~p~n", [<<-1:24/little>>]),
    io:format("~p~n", [<<300:8>>]),
    io:format("~p~n", [<<1:0>>]),
    io:format("~p~n", [[Size || Size <- [0, 8, 16], <<_:Size>> <- [<<1>>, <<1, 2>>, <<>>]]]).
