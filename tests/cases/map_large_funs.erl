#!/usr/bin/env escript
-module(map_large_funs).
-mode(compile).
-export([main/1]).

%% maps functions on maps above 32 keys; results printed sorted (OTP 25
%% iterates large maps in hash order).

m(N) -> maps:from_list([{I, {v, I}} || I <- lists:seq(1, N)]).

sorted(M) when is_map(M) -> lists:sort(maps:to_list(M));
sorted(L) -> lists:sort(L).

main(_) ->
    M = m(45),
    io:format("~w~n", [sorted(maps:keys(M))]),
    io:format("~w~n", [sorted(maps:values(M))]),
    io:format("~p~n", [maps:fold(fun(K, {v, V}, Acc) -> K + V + Acc end, 0, M)]),
    io:format("~w~n", [sorted(maps:fold(fun(K, _, Acc) -> [K | Acc] end, [], M))]),
    io:format("~w~n", [sorted(maps:map(fun(K, {v, V}) -> K * V end, M))]),
    F = maps:filter(fun(K, _) -> K rem 3 =:= 0 end, M),
    io:format("~p ~w~n", [map_size(F), sorted(F)]),
    F2 = maps:filter(fun(K, _) -> K > 5 end, M),
    io:format("~p ~p~n", [map_size(F2), F2 =:= maps:without(lists:seq(1, 5), M)]),
    W = maps:with([1, 2, 40, 44, 99], M),
    io:format("~p~n", [W]),
    WO = maps:without(lists:seq(1, 20), M),
    io:format("~p ~w~n", [map_size(WO), sorted(WO)]),
    io:format("~p~n", [maps:without([], M) =:= M]),
    %% merge: large with small, small with large, large with large.
    S = #{1 => one, 100 => hundred},
    M1 = maps:merge(M, S),
    M2 = maps:merge(S, M),
    io:format("~p ~p ~p~n", [map_size(M1), maps:get(1, M1), maps:get(100, M1)]),
    io:format("~p ~p ~p~n", [map_size(M2), maps:get(1, M2), maps:get(100, M2)]),
    Other = maps:from_list([{I, I} || I <- lists:seq(30, 80)]),
    M3 = maps:merge(M, Other),
    io:format("~p ~w~n", [map_size(M3), sorted(M3)]),
    io:format("~p~n", [maps:merge(M, #{}) =:= M]),
    %% Iterators.
    I0 = maps:iterator(M),
    Walk = fun Walk(I, Acc) ->
                   case maps:next(I) of
                       none -> Acc;
                       {K, V, I2} -> Walk(I2, [{K, V} | Acc])
                   end
           end,
    io:format("~p~n", [sorted(Walk(I0, [])) =:= sorted(M)]),
    io:format("~p~n", [length(Walk(I0, []))]),
    io:format("~w~n", [sorted(maps:from_keys(lists:seq(1, 40), x))]),
    io:format("~p~n", [maps:size(maps:from_keys(lists:seq(1, 40), x))]),
    Upd = maps:update_with(10, fun({v, V}) -> {w, V} end, M),
    io:format("~p ~p~n", [maps:get(10, Upd), maps:get(11, Upd)]),
    io:format("~p~n", [maps:get(99, M, default)]),
    ok.
