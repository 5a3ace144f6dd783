%% Flat maps with immediate keys (atoms, integers, pids, nil) mixed with
%% boxed ones: lookups, updates, inserts, removals keep exact key order.
-module(map_immediate_keys).
-export([main/1]).
-mode(compile).
main(_) ->
    P = self(),
    Keys = [1, 1.0, a, b, zz, [], {x}, P, -5, 1 bsl 70, <<"b">>, "s", aa, 'A'],
    M = maps:from_list([{K, I} || {I, K} <- lists:zip(lists:seq(1, length(Keys)), Keys)]),
    io:format("~p~n", [[maps:get(K, M) || K <- Keys]]),
    io:format("~p~n", [[maps:is_key(K, M) || K <- [2, 2.0, c, {y}, 1, 1.0, a]]]),
    M2 = M#{a := x, 1 := y, 1.0 := z, P := p},
    io:format("~p~n", [maps:to_list(M2)]),
    M3 = lists:foldl(fun(K, Acc) -> Acc#{K => new} end, #{b => 1}, [c, a, 1, 2.0, zz, 'A', [], d]),
    io:format("~p~n", [maps:to_list(M3)]),
    io:format("~p~n", [[maps:remove(K, #{a => 1, b => 2, 1 => 3}) || K <- [a, b, 1, 1.0, c]]]),
    io:format("~p~n", [try (#{a => 1})#{b := 2} catch error:R -> R end]),
    #{zz := Z, 1.0 := F, a := A} = M,
    io:format("~p~n", [{Z, F, A, #{id => 1, n => 2, vsn => 3}, #{vsn => 3, id => 1, n => 2}}]),
    io:format("~p~n", [[X || X <- [a, 1, 1.0, b], is_map_key(X, #{b => 1, 1.0 => 2})]]).
