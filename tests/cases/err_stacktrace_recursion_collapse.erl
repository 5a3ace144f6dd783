#!/usr/bin/env escript
-module(err_stacktrace_recursion_collapse).
-mode(compile).
-export([main/1, id/1, f/1]).
id(X) -> X.
f(X) when X > 4 -> throw(big);
f(X) -> X.
sum([]) -> 0;
sum([H | T]) -> f(H) + sum(T).
frames(S) -> [{F, A} || {_, F, A, _} <- S].
main(_) ->
    try lists:map(fun ?MODULE:f/1, ?MODULE:id([1, 2, 3, 4, 5])) catch throw:_:S1 -> io:format("~p~n", [frames(S1)]) end,
    try sum(?MODULE:id([1, 2, 3, 4, 5])) catch throw:_:S2 -> io:format("~p~n", [frames(S2)]) end,
    try sum(?MODULE:id([5])) catch throw:_:S3 -> io:format("~p~n", [frames(S3)]) end,
    try lists:foldr(fun(X, A) -> f(X) + A end, 0, ?MODULE:id([5, 1, 2, 3])) catch throw:_:S4 -> io:format("~p~n", [frames(S4)]) end.
