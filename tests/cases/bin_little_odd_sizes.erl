#!/usr/bin/env escript
-module(bin_little_odd_sizes).
-mode(compile).
-export([main/1]).
id(X) -> X.
main(_) ->
    [io:format("~2w: ~w ~w~n", [N, <<(id(16#ABCDE)):N/little>>, <<(id(-3)):N/little-signed>>]) || N <- [4, 9, 12, 15, 20, 24]],
    [begin <<V:N/little, _/bits>> = id(<<16#12, 16#34, 16#56>>), io:format("~2w: ~w~n", [N, V]) end || N <- [4, 9, 12, 15, 20, 24]],
    [begin <<V:N/little-signed, _/bits>> = id(<<16#F2, 16#F4, 16#F6>>), io:format("~2w: ~w~n", [N, V]) end || N <- [4, 9, 12, 15, 20, 24]],
    <<A:12/little, B:4>> = id(<<16#12, 16#34>>),
    io:format("~w ~w~n", [A, B]),
    io:format("~w~n", [[X || <<X:12/little>> <= id(<<1, 2, 3, 4, 5, 6>>)]]).
