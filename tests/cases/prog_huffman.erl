#!/usr/bin/env escript
-module(prog_huffman).
-mode(compile).
-export([main/1]).
freqs(S) -> lists:foldl(fun(C, M) -> maps:update_with(C, fun(N) -> N + 1 end, 1, M) end, #{}, S).
build(F) ->
    Q = lists:sort([{N, C, {leaf, C}} || {C, N} <- maps:to_list(F)]),
    merge(Q).
merge([{_, _, T}]) -> T;
merge([{N1, K1, T1}, {N2, K2, T2} | Rest]) ->
    merge(lists:sort([{N1 + N2, min(K1, K2), {node, T1, T2}} | Rest])).
codes({leaf, C}, Prefix) -> [{C, lists:reverse(Prefix)}];
codes({node, L, R}, Prefix) -> codes(L, [0 | Prefix]) ++ codes(R, [1 | Prefix]).
encode(S, Codes) -> << <<B:1>> || C <- S, B <- maps:get(C, Codes) >>.
decode(Bits, Tree) -> decode(Bits, Tree, Tree, []).
decode(<<>>, _, _, Acc) -> lists:reverse(Acc);
decode(<<B:1, Rest/bits>>, {node, L, R}, Tree, Acc) ->
    case if B =:= 0 -> L; true -> R end of
        {leaf, C} -> decode(Rest, Tree, Tree, [C | Acc]);
        Sub -> decode(Rest, Sub, Tree, Acc)
    end.
main(_) ->
    Texts = ["abracadabra", "this is an example of a huffman tree", "aaaaaaaabbbc", "mississippi river"],
    lists:foreach(fun(S) ->
        F = freqs(S),
        T = build(F),
        Codes = maps:from_list(codes(T, [])),
        Enc = encode(S, Codes),
        io:format("~p~n  freqs ~w~n", [S, lists:sort(maps:to_list(F))]),
        io:format("  codes ~s~n", [string:join([[C, $=, [$0 + B || B <- Cd]] || {C, Cd} <- lists:sort(maps:to_list(Codes))], " ")]),
        io:format("  ~p bits vs ~p, ~w~n", [bit_size(Enc), 8 * length(S), Enc]),
        io:format("  roundtrip ~p~n", [decode(Enc, T) =:= S])
    end, Texts).
