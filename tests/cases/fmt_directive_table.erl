#!/usr/bin/env escript
-module(fmt_directive_table).
-mode(compile).
-export([main/1]).
main(_) ->
    Rows = [{"alpha", 1, 3.14159, atom, <<"bin">>}, {"beta-long-name", -42, -0.5, 'quoted atom', <<>>},
            {"", 123456789, 1.0e20, [], <<"x y">>}],
    io:format("|~-16s|~8s|~10s|~-12s|~s|~n", ["name", "int", "float", "term", "bin"]),
    io:format("|~16c|~8c|~10c|~12c|~n", [$-, $-, $-, $-]),
    [io:format("|~-16s|~8w|~10.3f|~-12w|~s|~n", [N, I, F, A, B]) || {N, I, F, A, B} <- Rows],
    [io:format("|~16s|~-8w|~-10.2e|~12w|~p|~n", [N, I, F, A, B]) || {N, I, F, A, B} <- Rows],
    [io:format("~.2f ~.1f ~8.1f ~-8.1f| ~e ~g ~.3g~n", [X, X, X, X, X, X, X]) || X <- [0.0, 1.5, -2.675, 123456.789, 1.0e-5]],
    [io:format("~b ~.2B ~.8b ~.16B ~.16b ~.36B ~8.16.0B ~-8.2.0B|~n", [N, N, N, N, N, N, N, N band 255]) || N <- [0, 1, 255, -255, 1 bsl 40]],
    [io:format("~#~s~#~n", [N, "", N]) || N <- [16#ff, -8]],
    [io:format("~x ~.16X ~.10#~n", [N, "0x", N, "pre", N]) || N <- [255, -31]],
    io:format("~5c|~-5c|~c~n", [$a, $b, 16#3BB]),
    io:format("~10.5s|~-10.3s|~.2s|~n", ["abcdefgh", "abcdefgh", "xyz"]),
    io:format("~*.*f|~-*w|~*s|~n", [9, 2, 3.14159, 6, ok, 4, "ab"]),
    io:format("~p ~w ~s ~i~p~n", ["str", "str", "str", ignored, done]),
    io:format("~10.3.*w|~n", [$_, 12345]),
    io:format("~.3.*w|~-6.3.0w|~n", [$., ab, 7]),
    io:format("~~ ~n~ts|~tp~n", [[955, 97], [955]]),
    io:format("~15p|~n~3p|~n", [{a, b}, {aaaa, bbbb, [cccc, dddd]}]),
    io:format("~w ~W ~P~n", [[1, 2, 3, 4, 5, 6], [1, 2, 3, 4, 5, 6], 3, [1, 2, 3, 4, 5, 6], 3]),
    S = io_lib:format("~4..0w:~2..0w:~6.3f", [7, 5, 2.5]),
    io:format("~s (~p chars)~n", [S, length(lists:flatten(S))]),
    io:format("~s~n", [lists:flatten(io_lib:format("~3w|~3w|~3w", [1, 12345, abcdef]))]).
