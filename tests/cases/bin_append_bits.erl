#!/usr/bin/env escript
%% Appends with bit-sized segments, to binaries and bitstrings.
-module(bin_append_bits).
-mode(compile).
-export([main/1]).

main(_) ->
    Base = list_to_binary(lists:seq(1, 100)),
    Big = <<Base/binary, 0>>,
    C1 = <<Big/binary, 5:3>>,
    C2 = <<C1/bitstring, 9:5>>,
    C3 = <<C2/binary, 7>>,
    C4 = <<C1/bitstring, 1:13>>,
    C5 = <<Big/binary, 1>>,
    C6 = <<C1/bitstring, 1:1, 0:2, -1:2/signed>>,
    [show(N, B) || {N, B} <- [{big, Big}, {c1, C1}, {c2, C2}, {c3, C3}, {c4, C4}, {c5, C5}, {c6, C6}]],
    %% A loop appending single bits, then bytes after an odd start.
    Bits = lists:foldl(fun(X, Acc) -> <<Acc/bitstring, (X band 1):1>> end, Big, lists:seq(1, 1000)),
    show(bits, Bits),
    Odd = lists:foldl(fun(X, Acc) -> <<Acc/bitstring, X:8>> end, <<1:3>>, lists:seq(1, 500)),
    show(odd, Odd),
    <<_:3, Aligned:500/binary>> = Odd,
    show(aligned, Aligned),
    %% Integers of every kind after an appended head.
    I = <<Big/binary, 1:64, -1:64, 16#123456789abcdef0123:80, 300:16/little, -2:24/little-signed,
          1.5/float, 2.5:32/float, $é/utf8, $€/utf16, $x/utf32-little>>,
    show(ints, I),
    <<_:101/binary, A:64, B:64/signed, Cb:80, D:16/little, E:24/little-signed, F/float, G:32/float,
      H/utf8, J/utf16, K/utf32-little>> = I,
    io:format("~p~n", [[A, B, Cb, D, E, F, G, H, J, K]]),
    %% A bitstring head where a binary is required.
    io:format("~p~n", [r(fun() -> <<C1/binary, 1>> end)]),
    io:format("~p~n", [r(fun() -> <<C1/bitstring, (id(foo))/float>> end)]).

show(Name, B) ->
    Size = bit_size(B),
    Whole = Size div 8,
    <<_:Whole/binary, Last/bitstring>> = B,
    io:format("~p: ~p bits, ~p bytes sum ~p, last ~w, tail ~w~n",
              [Name, Size, Whole, lists:sum(binary_to_list(binary:part(B, 0, Whole))), Last,
               binary:part(B, Whole, -min(Whole, 3))]).

r(F) -> try F() catch C:R -> {C, R} end.

id(X) -> X.
