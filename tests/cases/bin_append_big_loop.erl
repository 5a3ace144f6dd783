#!/usr/bin/env escript
%% A large build-and-match loop: 1,000,000 appends must take linear time
%% (the garbage collector runs many times meanwhile).
-module(bin_append_big_loop).
-mode(compile).
-export([main/1]).

main(_) ->
    N = 1000000,
    Bin = build(0, N, <<>>),
    io:format("~p~n", [{byte_size(Bin), sum(Bin, 0), sum16(Bin, 0)}]),
    %% Two bytes at a time, keeping every 100,000th version.
    {Big, Kept} = build2(0, 300000, <<>>, []),
    io:format("~p~n", [{byte_size(Big), sum(Big, 0)}]),
    io:format("~p~n", [[{byte_size(K), sum(K, 0)} || K <- Kept]]),
    io:format("~w~n", [binary:part(Big, 123456, 6)]).

build(I, N, Acc) when I >= N -> Acc;
build(I, N, Acc) -> build(I + 1, N, <<Acc/binary, (I band 255)>>).

build2(N, N, Acc, Kept) -> {Acc, lists:reverse(Kept)};
build2(I, N, Acc, Kept) ->
    Kept1 = case I rem 100000 of 0 -> [Acc | Kept]; _ -> Kept end,
    build2(I + 1, N, <<Acc/binary, I:16>>, Kept1).

sum(<<B, Rest/binary>>, Acc) -> sum(Rest, Acc + B);
sum(<<>>, Acc) -> Acc.

sum16(<<W:16, Rest/binary>>, Acc) -> sum16(Rest, (Acc + W) band 16#ffffffff);
sum16(<<_>>, Acc) -> Acc;
sum16(<<>>, Acc) -> Acc.
