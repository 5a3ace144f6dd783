#!/usr/bin/env escript
%% Stack traces through comprehensions as OTP 25 compiles them: a list
%% comprehension's helper calls its next round from the generator's line;
%% a binary comprehension's helpers take the binary built so far and
%% recurse in tail position (one frame, arity 2), so the fun holding it
%% has no frame either.
-module(comprehension_traces).
-mode(compile).

main(_) ->
    t(fun() -> [1 / X
                || X <- [1, 0]] end),
    t(fun() -> [1 / X ||
                X <- [1, 0]] end),
    t(fun() ->
              [1 / X
               ||
                  X <- [1, 0],
                  X > -1] end),
    t(fun() -> [{X, Y} || X <- [1, 2],
                          Y <- [a, b],
                          Y + X > 0] end),
    io:format("~p~n", [<< <<X:8>> || X <- [1, 2, 3] >>]),
    io:format("~p~n", [<< <<X:4, Y:4>> || X <- [1, 2], Y <- [3, 4] >>]),
    io:format("~p~n", [<< <<B:3>> || <<B:8>> <= <<5, 6, 7>>, B > 5 >>]),
    io:format("~p~n", [<< B || B <- [<<1>>, <<2, 3>>] >>]),
    io:format("~p~n", [<< <<X, Y>> || X <- [1, 2], is_integer(X), Y <- [X * 10] >>]),
    t(fun() -> << <<X:8, (X + 1):8>> || X <- [1, a] >> end),
    t(fun() -> << <<X:8>> || X <- [1, 2], X / 0 > 1 >> end),
    t(fun() -> << <<X:8>> || X <- [1, 2],
                             Y <- [a, b],
                             (Y + 1) > 0 >> end),
    t(fun() -> << <<(1 div X)>>
                  || X <- [1, 0] >> end),
    t(fun() -> << <<X>> || X <- [1, 2], bad_filter(X) >> end),
    t(fun() -> L = get(nothing), << <<X>> || X <- L >> end),
    ok.

bad_filter(X) -> X.

t(F) ->
    try F() of
        V -> io:format("value ~p~n", [V])
    catch
        C:R:S -> io:format("~p ~p~n~p~n", [C, R, S])
    end.
