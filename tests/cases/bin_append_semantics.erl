#!/usr/bin/env escript
%% Appending to binaries (<<Acc/binary, ...>>): every version keeps exactly
%% its own bytes, however the appends interleave.
-module(bin_append_semantics).
-mode(compile).
-export([main/1]).

main(_) ->
    Base = build(0, 100, <<>>),
    show(base, Base),
    %% Appending to the same binary twice: two distinct results.
    A1 = <<Base/binary, 1>>,
    A2 = <<Base/binary, 2>>,
    show(a1, A1),
    show(a2, A2),
    io:format("~p~n", [{A1 =:= A2, A1 < A2, binary:part(A1, 0, 100) =:= Base}]),
    %% Appending to an old version after a newer append.
    B1 = <<A1/binary, 10, 11>>,
    B2 = <<A1/binary, 20>>,
    B3 = <<B1/binary, 30>>,
    B4 = <<Base/binary, 40, 41, 42>>,
    B5 = <<B3/binary, 50>>,
    B6 = <<B2/binary, 60>>,
    [show(N, B) || {N, B} <- [{a1, A1}, {b1, B1}, {b2, B2}, {b3, B3}, {b4, B4}, {b5, B5}, {b6, B6}, {base, Base}]],
    %% A binary appended to itself, and to another appended binary.
    D1 = <<B5/binary, B5/binary>>,
    D2 = <<B5/binary, B4/binary, 1:16/little>>,
    show(d1, D1),
    show(d2, D2),
    show(b5, B5),
    %% Growth from the empty binary, across the small/large boundary.
    S = lists:foldl(fun(X, Acc) -> <<Acc/binary, X>> end, <<>>, lists:seq(1, 300)),
    show(s, S),
    S60 = binary:part(S, 0, 60),
    S61 = <<S60/binary, 255>>,
    show(s61, S61),
    show(s, S),
    %% Sub-binaries of an appended binary, then more appends.
    <<_:50/binary, Mid:20/binary, Rest/binary>> = B5,
    B7 = <<B5/binary, 77, 78>>,
    B8 = <<Mid/binary, 1, 2>>,
    B9 = <<Rest/binary, 3>>,
    show(mid, Mid),
    show(rest, Rest),
    [show(N, B) || {N, B} <- [{b5, B5}, {b7, B7}, {b8, B8}, {b9, B9}]],
    io:format("~p~n", [split_binary(B7, 101)]),
    %% BIFs on appended binaries.
    io:format("~p~n", [{byte_size(B7), bit_size(B7), binary_part(B7, {100, 5}), binary_part(B7, {byte_size(B7), -3})}]),
    C = binary:copy(B7),
    C2 = binary:copy(<<B7/binary, 1>>, 2),
    io:format("~p~n", [{C =:= B7, byte_size(C2), binary:last(C2), binary:first(C2)}]),
    T = term_to_binary({B7, B8, [B1, B2]}),
    io:format("~p~n", [{byte_size(T), erlang:phash2(T), binary_to_term(T) =:= {B7, B8, [B1, B2]}}]),
    io:format("~p~n", [term_to_binary(<<B8/binary, 9>>)]),
    M = #{A1 => a1, A2 => a2, B1 => b1, B2 => b2},
    io:format("~p~n", [[maps:get(K, M) || K <- [B2, B1, A2, A1]]]),
    io:format("~p~n", [{iolist_size([B1, B2, [B3]]), list_to_binary([B8, B8]) =:= <<B8/binary, B8/binary>>}]),
    %% Appending a non-binary, a bitstring to a binary segment, a bad tail.
    io:format("~p~n", [r(fun() -> <<(id(atom))/binary, 1>> end)]),
    io:format("~p~n", [r(fun() -> Bits = <<B7/binary, 1:3>>, <<Bits/binary, 1>> end)]),
    io:format("~p~n", [r(fun() -> <<B7/binary, (id(x))>> end)]),
    show(b7, B7).

build(N, N, Acc) -> Acc;
build(I, N, Acc) -> build(I + 1, N, <<Acc/binary, (I * 7 band 255)>>).

show(Name, B) ->
    Size = byte_size(B),
    Tail = binary:part(B, Size, -min(Size, 4)),
    io:format("~p: ~p bytes, sum ~p, tail ~w~n", [Name, Size, lists:sum(binary_to_list(B)), Tail]).

r(F) -> try F() catch C:R -> {C, R} end.

id(X) -> X.
