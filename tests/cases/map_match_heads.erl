#!/usr/bin/env escript
-module(map_match_heads).
-mode(compile).
-export([main/1]).
area(#{shape := circle, r := R}) -> 3 * R * R;
area(#{shape := rect, w := W, h := H}) -> W * H;
area(#{}) -> unknown.
get_name(#{name := N}) when is_list(N) -> N;
get_name(_) -> "anon".
id(X) -> X.
r(F) -> try F() catch C:R -> {C, R} end.
main(_) ->
    io:format("~p~n", [area(#{shape => circle, r => 2})]),
    io:format("~p~n", [area(#{shape => rect, w => 3, h => 4, extra => x})]),
    io:format("~p~n", [area(#{shape => tri})]),
    io:format("~p~n", [[get_name(M) || M <- [#{name => "bob"}, #{name => 1}, #{}]]]),
    R = case #{status => ok, value => 42} of
            #{status := error} -> err;
            #{status := ok, value := V} when V > 40 -> {big, V};
            #{status := ok} -> small
        end,
    io:format("~p~n", [R]),
    F = fun(#{k := K} = Whole) -> {K, maps:size(Whole)} end,
    io:format("~p~n", [F(#{k => v, j => w})]),
    io:format("~p~n", [[V || #{v := V} <- [#{v => 1}, #{w => 2}, #{v => 3}]]]),
    io:format("~p~n", [is_map_key(a, #{a => 1})]),
    io:format("~p~n", [map_get(a, #{a => 1})]),
    io:format("~p~n", [r(fun() -> map_get(id(b), #{a => 1}) end)]).
