#!/usr/bin/env escript
-module(bin_match).
-mode(compile).
-export([main/1]).
parse(<<Len:8, Data:Len/binary, Rest/binary>>) -> {Data, Rest}.
main(_) ->
    io:format("~p~n", [parse(<<3, "abcdef">>)]),
    <<A:4, B:4, C/binary>> = <<16#AB, 1, 2>>,
    io:format("~p~n", [{A, B, C}]),
    <<X:16/little, Y:16/big>> = <<1, 2, 1, 2>>,
    io:format("~p~n", [{X, Y}]),
    <<S:8/signed, U:8/unsigned>> = <<255, 255>>,
    io:format("~p~n", [{S, U}]),
    <<F:32/float>> = <<1.5:32/float>>,
    io:format("~p~n", [F]),
    <<G:64/float-little>> = <<2.25:64/float-little>>,
    io:format("~p~n", [G]),
    <<Ch/utf8, More/binary>> = <<"éa"/utf8>>,
    io:format("~p~n", [{Ch, More}]),
    <<Bits:3/bits, Tail/bits>> = <<2#10111111>>,
    io:format("~p~n", [{Bits, Tail}]),
    <<Bytes:2/bytes, _/binary>> = <<"hello">>,
    io:format("~p~n", [Bytes]),
    <<N:2/unit:8>> = <<1, 0>>,
    io:format("~p~n", [N]),
    <<"pre", Suffix/binary>> = <<"prefix">>,
    io:format("~p~n", [Suffix]),
    <<W/utf16, _/binary>> = <<16#20AC/utf16>>,
    io:format("~p~n", [W]),
    <<Big:72>> = <<1, 0, 0, 0, 0, 0, 0, 0, 0>>,
    io:format("~p~n", [Big]),
    Match = fun(<<0, _/binary>>) -> zero_first; (<<_:7, 1:1, _/binary>>) -> odd_first; (_) -> other end,
    io:format("~p~n", [[Match(<<0, 1>>), Match(<<3>>), Match(<<2>>), Match(<<>>)]]),
    Sz = 12,
    <<V:Sz, _:4>> = <<255, 255>>,
    io:format("~p~n", [V]).
