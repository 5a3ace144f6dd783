#!/usr/bin/env escript
%% Ten processes race to report to the parent; the order the parent sees
%% depends only on the scheduler's choices (used by tests/determinism.rs).
-module(race).
-mode(compile).
-export([main/1]).

main(_) ->
    Self = self(),
    [spawn(fun() -> work(N), Self ! {done, N} end) || N <- lists:seq(1, 10)],
    Order = [receive {done, N} -> N end || _ <- lists:seq(1, 10)],
    io:format("~w~n", [Order]).

work(N) -> lists:foldl(fun(X, A) -> A + X end, 0, lists:seq(1, N * 3000)).
