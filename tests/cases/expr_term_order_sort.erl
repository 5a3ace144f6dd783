#!/usr/bin/env escript
-module(expr_term_order_sort).
-mode(compile).
-export([main/1]).
main(_) ->
    Mixed = [{b, 2}, "abc", <<"abc">>, 3, 2.5, atom, [], {}, #{}, #{a => 1}, [1 | 2], {a, 1, x},
             -1, 1.0, 1, <<>>, <<1:1>>, <<0:1>>, "ab", [a], zz, 'Z', {a}, 16#FFFFFFFFFFFFFFFFFF,
             -16#FFFFFFFFFFFFFFFFFF, -0.0, 0, 0.0, #{b => 0}, #{a => 2}, #{a => 1, b => 1}, fun erlang:abs/1],
    Sorted = lists:sort(Mixed),
    [io:format("~w~n", [X]) || X <- Sorted, not is_function(X)],
    io:format("fun at ~p~n", [length(lists:takewhile(fun(X) -> not is_function(X) end, Sorted))]),
    io:format("~w~n", [lists:usort([1, 1.0, 1, 2.0, 2, a, a])]),
    io:format("~w~n", [lists:sort([{1, b}, {1.0, a}, {1, a}])]),
    io:format("~w~n", [[1 < a, a < {}, {} < #{}, #{} < [], [] < <<>>, {a, b} < {a, b, c}, {z} < {a, a}]]),
    io:format("~w~n", [[[1, 2] < [1, 2, 0], [2] > [1, 9, 9], "abc" < "abd", <<1, 2>> < <<1, 3>>, <<1>> < <<1, 0>>]]),
    io:format("~w~n", [[#{a => 1} < #{b => 0}, #{a => 2} < #{a => 1, b => 1}, #{1 => a} < #{1.0 => a}, #{a => 1} < #{a => 1.0}]]),
    io:format("~w~n", [[1 == 1.0, 1 =:= 1.0, 0.0 == -0.0, 0.0 =:= -0.0, [1] == [1.0], {1} =:= {1.0}]]),
    io:format("~w~n", [lists:sort(fun(A, B) -> A > B end, [3, 1.5, a, "x", {1}])]),
    io:format("~w~n", [lists:max(Mixed -- [fun erlang:abs/1])]),
    io:format("~w~n", [lists:min(Mixed)]),
    io:format("~w~n", [lists:keysort(2, [{x, b}, {y, 1}, {z, "a"}, {w, 1.0}, {v, a}])]),
    io:format("~w~n", [lists:ukeysort(1, [{2, a}, {1, b}, {2.0, c}, {1, d}])]),
    io:format("~w~n", [lists:merge([1, 3, 5], [2.0, 3.0, 4])]),
    io:format("~w ~w~n", [erlang:max(1, 1.0), erlang:min(1, 1.0)]).
