#!/usr/bin/env escript
-module(map_complex_keys).
-mode(compile).
-export([main/1]).
id(X) -> X.
main(_) ->
    K1 = {point, 1, 2}, K2 = [a, b, c], K3 = #{inner => 1}, K4 = <<"bin">>, K5 = 1.0, K6 = 1,
    M = #{K1 => tuple, K2 => list, K3 => map, K4 => binary, K5 => float, K6 => int,
          [] => nil, {} => empty_tuple, #{} => empty_map, -0.5 => neg},
    io:format("~p~n", [M]),
    io:format("~p~n", [maps:keys(M)]),
    [io:format("~p -> ~p~n", [K, maps:get(K, M, missing)]) || K <- [{point, 1, 2}, [a, b, c], #{inner => 1}, #{inner => 1.0}, 1, 1.0, 2, <<"bin">>, {}, #{}]],
    #{{point, 1, 2} := T, #{inner => 1} := Mp, 1 := I, 1.0 := F} = M,
    io:format("~p ~p ~p ~p~n", [T, Mp, I, F]),
    Grid = maps:from_list([{{X, Y}, X * Y} || X <- lists:seq(1, 3), Y <- lists:seq(1, 3)]),
    io:format("~p~n", [Grid]),
    io:format("~p~n", [lists:sum([V || {{X, Y}, V} <- maps:to_list(Grid), X =:= Y])]),
    Nested = #{#{a => [1, {2}]} => #{#{} => deep}},
    #{#{a => [1, {2}]} := #{#{} := D}} = Nested,
    io:format("~p ~p~n", [D, Nested]),
    Key = id({k, [1, 2]}),
    M2 = #{Key => first},
    M3 = M2#{{k, [1, 2]} := second},
    io:format("~p ~p~n", [M3, map_size(M3)]),
    Counts = lists:foldl(fun(W, Acc) -> maps:update_with(W, fun(C) -> C + 1 end, 1, Acc) end, #{},
                         [{a, 1}, "s", {a, 1}, <<"s">>, "s", 1, 1.0, {a, 1}]),
    io:format("~p~n", [Counts]),
    Big = maps:from_list([{integer_to_list(N), N} || N <- lists:seq(1, 40)]),
    io:format("~p ~p ~p~n", [map_size(Big), maps:get("37", Big), lists:sublist(lists:sort(maps:keys(Big)), 8)]),
    io:format("~p~n", [maps:filter(fun({_, _}, _) -> true; (_, _) -> false end, M)]),
    io:format("~p~n", [lists:sort(maps:keys(M)) =:= maps:keys(M)]),
    io:format("~p~n", [maps:with([[a, b, c], 1.0, nope], M)]).
