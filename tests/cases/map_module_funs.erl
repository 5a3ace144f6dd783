#!/usr/bin/env escript
-module(map_module_funs).
-mode(compile).
-export([main/1]).
id(X) -> X.
r(F) -> try F() catch C:R -> {C, R} end.
main(_) ->
    M = #{a => 1, b => 2, c => 3},
    io:format("~p~n", [maps:get(a, M)]),
    io:format("~p~n", [maps:get(z, M, default)]),
    io:format("~p~n", [maps:find(b, M)]),
    io:format("~p~n", [maps:find(z, M)]),
    io:format("~p~n", [maps:put(d, 4, M)]),
    io:format("~p~n", [maps:remove(a, M)]),
    io:format("~p~n", [maps:remove(zz, M)]),
    io:format("~p~n", [maps:keys(M)]),
    io:format("~p~n", [maps:values(M)]),
    io:format("~p~n", [maps:to_list(M)]),
    io:format("~p~n", [maps:from_list([{x, 1}, {y, 2}, {x, 3}])]),
    io:format("~p~n", [maps:fold(fun(K, V, Acc) -> [{K, V} | Acc] end, [], M)]),
    io:format("~p~n", [maps:map(fun(_K, V) -> V * 10 end, M)]),
    io:format("~p~n", [maps:filter(fun(_K, V) -> V > 1 end, M)]),
    io:format("~p~n", [maps:merge(M, #{c => 30, d => 40})]),
    io:format("~p~n", [maps:size(M)]),
    io:format("~p~n", [[maps:is_key(a, M), maps:is_key(q, M)]]),
    io:format("~p~n", [maps:update(a, 11, M)]),
    io:format("~p~n", [r(fun() -> maps:update(q, 11, M) end)]),
    io:format("~p~n", [maps:with([a, c, q], M)]),
    io:format("~p~n", [maps:without([a, c, q], M)]),
    io:format("~p~n", [maps:new()]),
    io:format("~p~n", [maps:next(maps:iterator(#{only => one}))]),
    io:format("~p~n", [maps:update_with(a, fun(V) -> V + 100 end, M)]),
    io:format("~p~n", [maps:update_with(z, fun(V) -> V + 100 end, 0, M)]),
    io:format("~p~n", [maps:filtermap(fun(_, V) when V > 2 -> false; (_, V) -> {true, -V} end, M)]),
    io:format("~p~n", [maps:take(a, M)]),
    io:format("~p~n", [maps:merge_with(fun(_K, V1, V2) -> V1 + V2 end, M, #{a => 5, z => 9})]),
    io:format("~p~n", [maps:groups_from_list(fun(X) -> X rem 2 end, [1, 2, 3, 4, 5])]),
    io:format("~p~n", [maps:from_keys([p, q], 0)]),
    io:format("~p~n", [maps:intersect(M, #{a => x, z => y})]),
    io:format("~p~n", [r(fun() -> maps:get(id(z), M) end)]).
