#!/usr/bin/env escript
%% The shapes the bit syntax takes a short cut for, at their edges:
%% appending fixed-size integer segments (every byte size, both
%% endiannesses, negative and out-of-range values, zero sizes, sizes from
%% units, long tails, values that are not small integers), and matching
%% fixed-size integers at every bit offset (signed, skipped, too short,
%% wider than the short cut), from binaries built by appending and from
%% sub-binaries of them.
-module(bin_fast_segments).
-mode(compile).
-export([main/1]).

main(_) ->
    Base = grow(0, 70, <<>>),
    appends(Base),
    appends(<<1, 2, 3>>),
    appends(<<>>),
    <<_:3/binary, Sub:40/binary, _/binary>> = Base,
    appends(Sub),
    tails(Base),
    errors(Base),
    matches(Base),
    matches(Sub),
    matches(<<Base/binary, Base/binary>>),
    unaligned(),
    rests(),
    ok.

id(X) -> X.

%% The reason of a caught error (its stack trace left out).
reason({'EXIT', {R, _}}) -> {'EXIT', R};
reason(V) -> V.

grow(I, N, Acc) when I >= N -> Acc;
grow(I, N, Acc) -> grow(I + 1, N, <<Acc/binary, (I * 37 band 255)>>).

show(Tag, B) ->
    io:format("~p ~p ~p~n", [Tag, bit_size(B), B]).

tail(B, N) when byte_size(B) > N -> binary:part(B, byte_size(B) - N, N);
tail(B, _) -> B.

appends(H) ->
    Vs = [0, 1, 127, 128, 255, 256, -1, -128, -129, 65535, 16#123456789A, -16#123456789A,
          (1 bsl 59) - 1, -(1 bsl 59), 16#0FEDCBA987654321],
    [begin
         R = [<<H/binary, V:8>>, <<H/binary, V:16>>, <<H/binary, V:24>>, <<H/binary, V:32>>,
              <<H/binary, V:40>>, <<H/binary, V:48>>, <<H/binary, V:56>>, <<H/binary, V:64>>,
              <<H/binary, V:16/little>>, <<H/binary, V:24/little>>, <<H/binary, V:32/little>>,
              <<H/binary, V:56/little>>, <<H/binary, V:64/little>>,
              <<H/binary, V:16/signed>>, <<H/binary, V:32/little-signed>>,
              <<H/binary, V:0>>, <<H/binary, V:2/unit:8>>, <<H/binary, V:1/unit:16>>,
              <<H/binary, V:3/little-unit:8>>],
         io:format("~p ~p~n", [V, [{byte_size(X), tail(X, 9)} || X <- R]])
     end || V <- Vs],
    ok.

tails(H) ->
    %% Several segments in one append; up to and past 16 bytes of tail.
    A = <<H/binary, 1, 2:16, 3:24/little, 4:32>>,
    B = <<A/binary, 16#0102030405060708:64, 16#1112131415161718:64/little>>,
    C = <<B/binary, 1:64, 2:64, 3:8>>,
    D = <<C/binary, 1:8, 2:16, 3:24, 4:32, 5:40, 6:48>>,
    [show(T, tail(X, 40)) || {T, X} <- [{a, A}, {b, B}, {c, C}, {d, D}]],
    %% Big integers, floats and odd sizes in the tail.
    E = <<D/binary, (1 bsl 70):72, 255:8>>,
    F = <<E/binary, 1.5/float, 7:8>>,
    G = <<F/binary, 5:3, 1:5>>,
    Hb = <<G/bitstring, 1:1>>,
    I = <<Hb/bitstring, 9:7, 10:8>>,
    [show(T, tail(X, 30)) || {T, X} <- [{e, E}, {f, F}, {g, G}]],
    io:format("~p ~p~n", [bit_size(Hb), bit_size(I)]),
    <<_:(byte_size(G))/binary, Last/bitstring>> = I,
    io:format("~p~n", [Last]),
    %% The same head appended to several times.
    X1 = <<H/binary, 1>>,
    X2 = <<H/binary, 2, 3>>,
    X3 = <<X1/binary, 4:16>>,
    X4 = <<X1/binary, 5:16/little>>,
    [show(T, tail(X, 6)) || {T, X} <- [{x1, X1}, {x2, X2}, {x3, X3}, {x4, X4}]],
    ok.

errors(H) ->
    Cases = [fun() -> <<H/binary, (id(1.5)):8>> end,
             fun() -> <<H/binary, (id(foo)):8>> end,
             fun() -> <<H/binary, 1:8, (id(bar)):16>> end,
             fun() -> <<(id(<<1:3>>))/binary, 1:8>> end,
             fun() -> <<(list_to_atom("x"))/binary, 1:8>> end,
             fun() -> <<H/binary, (self()):32/little>> end],
    [io:format("~p~n", [reason(catch F())]) || F <- Cases],
    N = id(-1),
    io:format("~p~n", [reason(catch <<H/binary, 1:N>>)]),
    ok.

matches(B) ->
    io:format("~p~n", [bytes(B, [])]),
    io:format("~p~n", [sum16(B, 0)]),
    io:format("~p~n", [signed8(B, [])]),
    io:format("~p~n", [skip(B, 0)]),
    io:format("~p~n", [wide(B)]),
    ok.

bytes(<<X, R/binary>>, Acc) -> bytes(R, [X | Acc]);
bytes(<<>>, Acc) -> lists:reverse(Acc).

sum16(<<X:16, R/binary>>, S) -> sum16(R, S + X);
sum16(R, S) -> {S, R}.

signed8(<<X/signed, R/binary>>, Acc) -> signed8(R, [X | Acc]);
signed8(<<>>, Acc) -> lists:reverse(Acc).

skip(<<_:8, _:16, X:8, R/binary>>, S) -> skip(R, S + X);
skip(R, S) -> {S, R}.

wide(<<A:56, B:57, C:64/signed, D:48/signed, _/binary>>) -> {A, B, C, D};
wide(<<A:56, R/binary>>) -> {short, A, byte_size(R)};
wide(B) -> {shorter, B}.

unaligned() ->
    B = grow(0, 20, <<>>),
    [begin
         <<_:Off, A:8, Bb:5, C:13/signed, D:56, E:20/signed, R/bitstring>> = B,
         io:format("~p ~p~n", [Off, {A, Bb, C, D, E, bit_size(R)}])
     end || Off <- lists:seq(0, 9)],
    [begin
         <<_:Off, R/bitstring>> = B,
         io:format("~p ~p ~p~n", [Off, bits(R, []), reason(catch rest_bin(R))])
     end || Off <- [1, 3, 7, 8, 12]],
    ok.

bits(<<X:3, R/bitstring>>, Acc) -> bits(R, [X | Acc]);
bits(R, Acc) -> {length(Acc), lists:sum(Acc), R}.

rest_bin(<<X:8, R/binary>>) -> {X, byte_size(R)};
rest_bin(<<X:8, R/bitstring>>) -> {odd, X, bit_size(R)}.

rests() ->
    B = <<1, 2, 3, 4, 5:4>>,
    io:format("~p~n", [[reason(catch units(B)), reason(catch units(<<1, 2, 3, 4>>)), reason(catch units(<<1, 2, 3>>))]]),
    <<_:8, S/bitstring>> = B,
    io:format("~p~n", [[reason(catch units(S)), case S of <<_:4, T/binary>> -> T; _ -> none end]]),
    Z = <<>>,
    io:format("~p~n", [[case Z of <<X:8, _/binary>> -> X; <<X:0, R/binary>> -> {X, R} end]]),
    ok.

units(<<R/binary>>) -> {bin, R};
units(<<_:4, R/binary>>) -> {off4, R};
units(<<_:8, R/bitstring>>) -> {bits, R}.
