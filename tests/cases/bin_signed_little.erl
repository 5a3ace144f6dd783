#!/usr/bin/env escript
-module(bin_signed_little).
-mode(compile).
-export([main/1]).
id(X) -> X.
main(_) ->
    Vals = [0, 1, -1, 127, -128, 128, -129, 32767, -32768, 70000, -70000],
    [io:format("~7w: s16le=~w u16le=~w s16be=~w~n",
               [V, <<V:16/signed-little>>, <<V:16/little>>, <<V:16/signed-big>>]) || V <- Vals],
    [begin <<X:16/signed-little>> = <<V:16/little>>, io:format("~w->~w ", [V, X]) end || V <- Vals],
    io:format("~n"),
    B = <<255, 255, 0, 128, 1, 2, 3>>,
    <<A:8/signed, Bv:8/unsigned, Cv:16/little-signed, Dv:24/little>> = B,
    io:format("~w ~w ~w ~w~n", [A, Bv, Cv, Dv]),
    <<E:12/signed-little, F:12/little, _/bits>> = <<16#FFF123:24>>,
    io:format("~w ~w~n", [E, F]),
    N = id(3),
    <<G:N/unit:8-signed-little, Rest/binary>> = <<1, 0, 128, 9>>,
    io:format("~w ~w~n", [G, Rest]),
    <<H:2/unit:4, I:N/unit:2>> = <<2#10110111, 2#011011:6>>,
    io:format("~w ~w~n", [H, I]),
    Fs = [1.5, -2.25, 1.0e10],
    [io:format("~w ~w ~w~n", [X, <<X:32/float-little>>, <<X:64/float>>]) || X <- Fs],
    [begin <<Y:32/float-little>> = <<X:32/float-little>>, io:format("~p ", [Y]) end || X <- Fs],
    io:format("~n"),
    io:format("~w~n", [<<(-1):64/signed-little>>]),
    <<Big:128/signed-little>> = <<(-12345678901234567890123):128/little-signed>>,
    io:format("~w~n", [Big]),
    io:format("~w~n", [<< <<X:4/signed>> || X <- [-8, -1, 0, 7] >>]),
    io:format("~w~n", [[X || <<X:4/signed>> <= <<16#80F7:16>>]]).
