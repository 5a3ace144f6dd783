#!/usr/bin/env escript
-module(rec_tree_records).
-mode(compile).
-export([main/1]).
-record(node, {key, val = undefined, left = nil, right = nil, size = 1}).
size_of(nil) -> 0;
size_of(#node{size = S}) -> S.
mk(K, V, L, R) -> #node{key = K, val = V, left = L, right = R, size = 1 + size_of(L) + size_of(R)}.
insert(K, V, nil) -> #node{key = K, val = V};
insert(K, V, N = #node{key = K}) -> N#node{val = V};
insert(K, V, #node{key = NK, val = NV, left = L, right = R}) when K < NK -> mk(NK, NV, insert(K, V, L), R);
insert(K, V, #node{key = NK, val = NV, left = L, right = R}) -> mk(NK, NV, L, insert(K, V, R)).
nth(N, #node{left = L} = T) ->
    LS = size_of(L),
    if N < LS -> nth(N, L);
       N =:= LS -> T#node.key;
       true -> nth(N - LS - 1, T#node.right)
    end.
rank(_, nil) -> 0;
rank(K, #node{key = NK, left = L}) when K < NK -> rank(K, L);
rank(K, #node{key = NK, left = L, right = R}) when K > NK -> size_of(L) + 1 + rank(K, R);
rank(_, #node{left = L}) -> size_of(L).
to_list(nil) -> [];
to_list(#node{key = K, val = V, left = L, right = R}) -> to_list(L) ++ [{K, V}] ++ to_list(R).
depth(nil) -> 0;
depth(#node{left = L, right = R}) -> 1 + max(depth(L), depth(R)).
main(_) ->
    Ks = [m, c, x, a, e, q, z, b, d, y, n],
    T = lists:foldl(fun(K, Acc) -> insert(K, atom_to_list(K), Acc) end, nil, Ks),
    io:format("size ~p depth ~p~n", [size_of(T), depth(T)]),
    io:format("~w~n", [[nth(I, T) || I <- lists:seq(0, size_of(T) - 1)]]),
    io:format("~w~n", [[{K, rank(K, T)} || K <- [a, m, z, f, '0']]]),
    io:format("~p~n", [to_list(T)]),
    T2 = insert(e, "EEE", T),
    io:format("~p~n", [lists:keyfind(e, 1, to_list(T2))]),
    io:format("root ~p left ~p right-right ~p~n",
              [T#node.key, (T#node.left)#node.key, ((T#node.right)#node.right)#node.key]),
    io:format("~p~n", [T#node{left = nil, right = nil}]),
    io:format("~p~n", [{is_record(T, node), is_record(T, node, 6), is_record(nil, node)}]),
    io:format("~p~n", [record_info(fields, node)]),
    io:format("~p ~p~n", [#node.left, record_info(size, node)]),
    Leaves = fun Walk(nil) -> []; Walk(#node{key = K, left = nil, right = nil}) -> [K];
                 Walk(#node{left = L, right = R}) -> Walk(L) ++ Walk(R) end,
    io:format("leaves ~w~n", [Leaves(T)]).
