#!/usr/bin/env escript
%% A tree built and walked by the loader's tuple superinstructions (the
%% leaf test after a call, the arity test with its frame and two reads,
%% the sum and the tuple build that return into themselves): values,
%% collections during the walk, and the errors' reasons and stack traces
%% when a node or a sum goes wrong deep inside the recursion.
-module(expr_fused_trees).
-mode(compile).

main(_) ->
    io:format("~p~n", [[check(make(D)) || D <- lists:seq(0, 8)]]),
    io:format("~p~n", [make(2)]),
    io:format("~p~n", [lists:sum([check(make(12)) || _ <- lists:seq(1, 6)])]),
    io:format("~p~n", [weigh({{nil, nil}, {{nil, nil}, {nil, nil}}})]),
    io:format("~p~n", [weigh({{nil, nil}, {{nil, nil}, {1.5, nil}}})]),
    io:format("~p~n", [check({{nil, nil}, {{nil, nil}, {nil, nil}}})]),
    show(fun() -> check({{nil, nil}, {{nil, nil}, {nil, nil, nil}}}) end),
    show(fun() -> check({{nil, nil}, {{nil, nil}, leaf}}) end),
    show(fun() -> weigh({{nil, nil}, {{nil, nil}, {x, nil}}}) end),
    show(fun() -> make(a) end),
    show(fun() -> make({2}) end).

make(0) -> {nil, nil};
make(D) -> {make(D - 1), make(D - 1)}.

check({nil, nil}) -> 1;
check({L, R}) -> 1 + check(L) + check(R).

weigh({nil, nil}) -> 1;
weigh({X, nil}) when not is_tuple(X) -> X;
weigh({L, R}) -> weigh(L) + weigh(R).

show(F) ->
    try F() of
        V -> io:format("value ~p~n", [V])
    catch
        C:R:S -> io:format("~p:~p~n~p~n", [C, R, [{M, Fn, A} || {M, Fn, A, _} <- S, M =:= ?MODULE]])
    end.
