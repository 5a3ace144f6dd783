#!/usr/bin/env escript
-module(bin_varint).
-mode(compile).
-export([main/1]).
enc(N) when N < 128 -> <<0:1, N:7>>;
enc(N) -> <<1:1, (N band 127):7, (enc(N bsr 7))/binary>>.
dec(<<0:1, N:7, Rest/binary>>) -> {N, Rest};
dec(<<1:1, N:7, Rest/binary>>) -> {M, R2} = dec(Rest), {N bor (M bsl 7), R2}.
zigzag(N) when N >= 0 -> N * 2;
zigzag(N) -> -N * 2 - 1.
unzigzag(Z) when Z band 1 =:= 0 -> Z bsr 1;
unzigzag(Z) -> -((Z + 1) bsr 1).
dec_all(<<>>, Acc) -> lists:reverse(Acc);
dec_all(B, Acc) -> {N, R} = dec(B), dec_all(R, [unzigzag(N) | Acc]).
main(_) ->
    Ns = [0, 1, 127, 128, 300, 16383, 16384, 1 bsl 32, (1 bsl 64) - 1, 1 bsl 100],
    [io:format("~p: ~w (~p bytes)~n", [N, enc(N), byte_size(enc(N))]) || N <- Ns],
    [io:format("dec ~p ok=~p~n", [N, element(1, dec(enc(N))) =:= N]) || N <- Ns],
    Signed = [0, -1, 1, -2, 2, -64, 64, -65, -1000000, 1000000, -(1 bsl 80)],
    io:format("zz ~w~n", [[zigzag(S) || S <- Signed]]),
    Stream = << <<(enc(zigzag(S)))/binary>> || S <- Signed >>,
    io:format("stream ~p bytes~n~w~n", [byte_size(Stream), Stream]),
    io:format("decoded ~w~n", [dec_all(Stream, [])]),
    io:format("hex ~s~n", [[io_lib:format("~2.16.0B", [B]) || <<B>> <= Stream]]),
    Bits = << <<X:3>> || X <- [1,2,3,4,5,6,7] >>,
    io:format("bits ~w size ~p~n", [Bits, bit_size(Bits)]),
    io:format("back ~w~n", [[X || <<X:3>> <= Bits]]).
