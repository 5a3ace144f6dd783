#!/usr/bin/env escript
-module(bin_base64_crc_by_hand).
-mode(compile).
-export([main/1]).
alpha() -> <<"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/">>.
e(N) -> binary:at(alpha(), N).
enc(<<A:6, B:6, C:6, D:6, R/binary>>) -> <<(e(A)), (e(B)), (e(C)), (e(D)), (enc(R))/binary>>;
enc(<<A:6, B:6, C:4>>) -> <<(e(A)), (e(B)), (e(C bsl 2)), $=>>;
enc(<<A:6, B:2>>) -> <<(e(A)), (e(B bsl 4)), "==">>;
enc(<<>>) -> <<>>.
d(C) when C >= $A, C =< $Z -> C - $A;
d(C) when C >= $a, C =< $z -> C - $a + 26;
d(C) when C >= $0, C =< $9 -> C - $0 + 52;
d($+) -> 62;
d($/) -> 63.
dec(B) ->
    Clean = << <<C>> || <<C>> <= B, C =/= $= >>,
    Bits = << <<(d(C)):6>> || <<C>> <= Clean >>,
    Keep = (bit_size(Bits) div 8) * 8,
    <<Out:Keep/bits, _/bits>> = Bits,
    Out.
crc_table() -> list_to_tuple([crc_entry(N, 8) || N <- lists:seq(0, 255)]).
crc_entry(C, 0) -> C;
crc_entry(C, K) when C band 1 =:= 1 -> crc_entry(16#EDB88320 bxor (C bsr 1), K - 1);
crc_entry(C, K) -> crc_entry(C bsr 1, K - 1).
crc32(Bin) ->
    T = crc_table(),
    C = lists:foldl(fun(Byte, Acc) -> element(((Acc bxor Byte) band 255) + 1, T) bxor (Acc bsr 8) end,
                    16#FFFFFFFF, binary_to_list(Bin)),
    C bxor 16#FFFFFFFF.
adler(Bin) -> {A, B} = lists:foldl(fun(X, {A, B}) -> A2 = (A + X) rem 65521, {A2, (B + A2) rem 65521} end, {1, 0}, binary_to_list(Bin)), (B bsl 16) bor A.
main(_) ->
    Ins = [<<>>, <<"f">>, <<"fo">>, <<"foo">>, <<"foob">>, <<"fooba">>, <<"foobar">>, <<0, 255, 128, 7>>,
           list_to_binary(lists:seq(0, 255))],
    lists:foreach(fun(I) ->
        E = enc(I),
        io:format("~p~n  ~s ~p ~p~n", [byte_size(I), E, E =:= base64:encode(I), dec(E) =:= I])
    end, Ins),
    [io:format("~s crc=~.16B ok=~p adler=~.16B ok=~p~n", [S, crc32(S), crc32(S) =:= erlang:crc32(S), adler(S), adler(S) =:= erlang:adler32(S)])
     || S <- [<<"">>, <<"a">>, <<"hello world">>, <<"The quick brown fox jumps over the lazy dog">>]],
    io:format("~p~n", [element(2, crc_table())]),
    io:format("~p~n", [dec(<<"SGVsbG8sIFdvcmxkIQ==">>)]).
