#!/usr/bin/env escript
-module(bin_comprehension_filters).
-mode(compile).
-export([main/1]).
main(_) ->
    B = list_to_binary(lists:seq(0, 31)),
    io:format("~w~n", [<< <<X>> || <<X>> <= B, X rem 3 =:= 0 >>]),
    io:format("~w~n", [<< <<X:4>> || <<X:4>> <= B, X > 0, X < 3 >>]),
    io:format("~w~n", [[{X, Y} || <<X:2, Y:6>> <= <<1:2, 5:6, 2:2, 63:6, 0:2, 1:6>>, X > 0]]),
    io:format("~w~n", [<< <<X:16>> || X <- lists:seq(1, 5), Y <- [a, b], Y =:= b >>]),
    io:format("~w~n", [<< <<(X + Y)>> || <<X>> <= <<1, 2>>, <<Y>> <= <<10, 20, 30>> >>]),
    io:format("~w~n", [<< <<B2/binary, B2/binary>> || <<B2:2/binary>> <= <<"abcdefg">> >>]),
    io:format("~w~n", [<< <<X:1>> || X <- [1, 0, 1, 1, 0, 0, 1, 0, 1] >>]),
    Rev = fun(Bin) -> << <<X>> || <<X>> <= Bin, _ <- [x] >> end,
    io:format("~p~n", [Rev(<<"xyz">>)]),
    Hex = << <<(hd(integer_to_list(N, 16)))>> || <<N:4>> <= <<"Hi!">> >>,
    io:format("~s~n", [Hex]),
    Up = << <<(if C >= $a, C =< $z -> C - 32; true -> C end)>> || <<C>> <= <<"Hello, World 42">> >>,
    io:format("~s~n", [Up]),
    io:format("~p~n", [[X || <<X:3>> <= <<255, 1:2>>]]),
    io:format("~p~n", [[X || <<X:8>> <= <<1, 2, 3:4>>]]),
    Nested = [[X, Y] || <<X>> <= <<"ab">>, <<Y>> <= <<"cd">>],
    io:format("~p~n", [Nested]),
    Odd = [W || <<W:16/little>> <= <<1, 0, 2, 0, 3, 0, 4, 0>>, W band 1 =:= 1],
    io:format("~p~n", [Odd]),
    io:format("~p~n", [<< <<N:8>> || {N, true} <- [{1, true}, {2, false}, {3, true}, bad] >>]).
