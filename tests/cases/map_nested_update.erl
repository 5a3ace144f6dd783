#!/usr/bin/env escript
-module(map_nested_update).
-mode(compile).
-export([main/1]).
main(_) ->
    S0 = #{users => #{}, count => 0},
    Add = fun(Name, Age, S = #{users := U, count := C}) ->
              S#{users := U#{Name => #{age => Age}}, count := C + 1}
          end,
    S1 = Add(bob, 30, S0),
    S2 = Add(alice, 25, S1),
    io:format("~p~n", [S2]),
    #{users := #{alice := #{age := A}}} = S2,
    io:format("~p~n", [A]),
    S3 = maps:update_with(users, fun(U) -> maps:remove(bob, U) end, S2),
    io:format("~p~n", [S3]),
    Counts = lists:foldl(fun(W, M) -> maps:update_with(W, fun(C) -> C + 1 end, 1, M) end,
                         #{}, [a, b, a, c, b, a]),
    io:format("~p~n", [Counts]),
    io:format("~p~n", [maps:to_list(Counts)]),
    io:format("~p~n", [lists:keysort(2, maps:to_list(Counts))]),
    io:format("~p~n", [maps:fold(fun(K, V, Acc) -> Acc ++ [{V, K}] end, [], Counts)]),
    io:format("~p~n", [maps:get(x, #{}, #{nested => default})]).
