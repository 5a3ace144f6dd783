#!/usr/bin/env escript
-module(map_heads_multi_keys).
-mode(compile).
-export([main/1]).
handle(#{type := add, a := A, b := B}) -> {ok, A + B};
handle(#{type := sub, a := A, b := B}) when A >= B -> {ok, A - B};
handle(#{type := sub}) -> {error, negative};
handle(#{type := concat, parts := Ps} = M) when is_list(Ps) ->
    {ok, lists:concat(Ps), maps:get(sep, M, none)};
handle(#{type := T, meta := #{version := V}}) when V > 1 -> {unknown_v2, T};
handle(#{type := T}) -> {unknown, T};
handle(_) -> {error, no_type}.
update(#{count := C, items := Is} = S, Item) -> S#{count := C + 1, items := [Item | Is]};
update(S, Item) -> update(S#{count => 0, items => []}, Item).
same(#{k := V}, #{k := V}) -> same;
same(#{k := _}, #{k := _}) -> different;
same(_, _) -> missing.
lookup(K, M) -> case M of #{K := V} -> {found, V}; #{} -> not_found end.
main(_) ->
    Reqs = [#{type => add, a => 1, b => 2}, #{type => sub, a => 5, b => 3}, #{type => sub, a => 1, b => 3},
            #{type => concat, parts => [a, "b", 1]}, #{type => concat, parts => [x], sep => $,},
            #{type => concat, parts => notalist}, #{type => zap, meta => #{version => 2}},
            #{type => zap, meta => #{version => 1}}, #{a => 1}, not_a_map],
    [io:format("~p~n  -> ~p~n", [R, handle(R)]) || R <- Reqs],
    S = lists:foldl(fun(I, Acc) -> update(Acc, I) end, #{name => s}, [x, y, z]),
    io:format("~p~n", [S]),
    io:format("~p~n", [[same(A, B) || {A, B} <- [{#{k => 1}, #{k => 1, j => 2}}, {#{k => 1}, #{k => 1.0}}, {#{k => 1}, #{}}]]]),
    io:format("~p~n", [[lookup(K, #{a => 1, {b} => 2}) || K <- [a, {b}, c]]]),
    F = fun(#{x := X, y := Y}) when X > Y -> gt; (#{x := _}) -> has_x; (#{}) -> empty_ish end,
    io:format("~p~n", [[F(M) || M <- [#{x => 2, y => 1}, #{x => 1, y => 2}, #{x => 1}, #{z => 1}]]]),
    Acc = [V || #{v := V} <- [#{v => 1}, #{w => 2}, #{v => 3, w => 4}, x]],
    io:format("~p~n", [Acc]),
    try update(not_map, x) catch error:E -> io:format("~p~n", [E]) end,
    try (fun(M) -> M#{nokey := 1} end)(#{}) catch error:E2 -> io:format("~p~n", [E2]) end.
