#!/usr/bin/env escript
-module(prog_lzw).
-mode(compile).
-export([main/1]).
compress(S) ->
    Dict = maps:from_list([{[C], C} || C <- lists:seq(0, 255)]),
    compress(S, [], Dict, 256, []).
compress([], [], _, _, Out) -> lists:reverse(Out);
compress([], W, D, _, Out) -> lists:reverse([maps:get(W, D) | Out]);
compress([C | Rest], W, D, Next, Out) ->
    WC = W ++ [C],
    case maps:is_key(WC, D) of
        true -> compress(Rest, WC, D, Next, Out);
        false -> compress(Rest, [C], D#{WC => Next}, Next + 1, [maps:get(W, D) | Out])
    end.
decompress([]) -> [];
decompress([First | Rest]) ->
    Dict = maps:from_list([{C, [C]} || C <- lists:seq(0, 255)]),
    W = maps:get(First, Dict),
    decompress(Rest, W, Dict, 256, [W]).
decompress([], _, _, _, Acc) -> lists:append(lists:reverse(Acc));
decompress([K | Rest], W, D, Next, Acc) ->
    Entry = case D of #{K := E} -> E; _ when K =:= Next -> W ++ [hd(W)] end,
    decompress(Rest, Entry, D#{Next => W ++ [hd(Entry)]}, Next + 1, [Entry | Acc]).
pack(Codes, Bits) -> << <<C:Bits>> || C <- Codes >>.
unpack(Bin, Bits) -> [C || <<C:Bits>> <= Bin].
main(_) ->
    Inputs = ["TOBEORNOTTOBEORTOBEORNOT", "", "a", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "abababababababab",
              lists:flatten(lists:duplicate(20, "the rain in spain "))],
    lists:foreach(fun(S) ->
        C = compress(S),
        P = pack(C, 12),
        io:format("~p chars -> ~p codes, ~p bytes~n", [length(S), length(C), byte_size(P)]),
        io:format("  ~w~n", [lists:sublist(C, 20)]),
        io:format("  ok=~p packed_ok=~p~n", [decompress(C) =:= S, decompress(unpack(P, 12)) =:= S])
    end, Inputs),
    Bin = term_to_binary(lists:seq(1, 50)),
    io:format("~p~n", [length(compress(binary_to_list(Bin)))]).
