#!/usr/bin/env escript
-module(recv_guards).
-mode(compile).
-export([main/1]).
classify() ->
    receive
        {num, N} when is_integer(N), N > 100 -> {big, N};
        {num, N} when is_integer(N); is_float(N) -> {small, N};
        {pair, A, B} when A =:= B -> {same, A};
        {pair, A, B} when is_atom(A) andalso is_atom(B) -> {atoms, A, B};
        {list, L} when length(L) > 2 -> {long, hd(L)};
        Other when is_binary(Other), byte_size(Other) < 4 -> {short_bin, Other}
    after 0 -> none
    end.
main(_) ->
    Msgs = [{num, 500}, {num, 7}, {num, 2.5}, {pair, x, x}, {pair, x, y}, {pair, 1, 2},
            {list, [a, b, c]}, {list, [a]}, <<"ab">>, <<"abcdef">>, {num, foo}],
    [self() ! M || M <- Msgs],
    Results = [classify() || _ <- Msgs],
    [io:format("~p~n", [R]) || R <- Results],
    io:format("left: ~p~n", [process_info(self(), messages)]).
