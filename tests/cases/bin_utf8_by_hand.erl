#!/usr/bin/env escript
-module(bin_utf8_by_hand).
-mode(compile).
-export([main/1]).
decode(<<>>) -> [];
decode(<<0:1, C:7, R/binary>>) -> [C | decode(R)];
decode(<<2#110:3, A:5, 2#10:2, B:6, R/binary>>) -> [(A bsl 6) bor B | decode(R)];
decode(<<2#1110:4, A:4, 2#10:2, B:6, 2#10:2, C:6, R/binary>>) ->
    [(A bsl 12) bor (B bsl 6) bor C | decode(R)];
decode(<<2#11110:5, A:3, 2#10:2, B:6, 2#10:2, C:6, 2#10:2, D:6, R/binary>>) ->
    [(A bsl 18) bor (B bsl 12) bor (C bsl 6) bor D | decode(R)];
decode(<<X, R/binary>>) -> [{bad, X} | decode(R)].
encode(C) when C < 16#80 -> <<C>>;
encode(C) when C < 16#800 -> <<2#110:3, (C bsr 6):5, 2#10:2, C:6>>;
encode(C) when C < 16#10000 -> <<2#1110:4, (C bsr 12):4, 2#10:2, (C bsr 6):6, 2#10:2, C:6>>;
encode(C) -> <<2#11110:5, (C bsr 18):3, 2#10:2, (C bsr 12):6, 2#10:2, (C bsr 6):6, 2#10:2, C:6>>.
main(_) ->
    Cps = [$a, 16#E9, 16#3BB, 16#20AC, 16#1F600, 16#10FFFF, 0, 16#7FF, 16#800, 16#FFFF],
    lists:foreach(fun(C) ->
        Mine = encode(C),
        Theirs = <<C/utf8>>,
        io:format("~.16B: ~w same=~p dec=~w~n", [C, Mine, Mine =:= Theirs, decode(Mine)])
    end, Cps),
    All = << <<(encode(C))/binary>> || C <- Cps >>,
    io:format("all ~p ~p~n", [decode(All) =:= Cps, unicode:characters_to_list(All) =:= Cps]),
    io:format("bad ~w~n", [decode(<<16#C3, 16#28, $a, 16#FF>>)]),
    io:format("lens ~w~n", [[byte_size(encode(C)) || C <- Cps]]),
    Str = "héllo wörld",
    B = << <<C/utf8>> || C <- Str >>,
    io:format("~w~n~p~n", [B, [C || <<C/utf8>> <= B]]),
    io:format("utf16 ~w~n", [<< <<C/utf16-little>> || C <- [$a, 16#1F600] >>]),
    io:format("utf32 ~w~n", [[C || <<C/utf32-big>> <= <<0,0,0,65, 0,1,246,0>>]]).
