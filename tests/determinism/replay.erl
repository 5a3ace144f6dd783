#!/usr/bin/env escript
%% Racing processes whose order decides whether the run fails (used by
%% tests/determinism.rs): workers report in the order the scheduler ran
%% them, some crash (error reports with their times), one waits on a timer,
%% and main prints clock readings and random numbers, then fails unless the
%% order came out sorted. Every byte of it must replay from the seed.
-module(replay).
-mode(compile).
-export([main/1]).

main(_) ->
    Self = self(),
    T0 = erlang:monotonic_time(),
    [spawn(fun() -> work(N), Self ! {done, N} end) || N <- lists:seq(1, 8)],
    [spawn(fun() -> work(N), error({crashed, N, make_ref()}) end) || N <- [2, 5]],
    spawn(fun() -> receive after 25 -> Self ! {done, 9} end end),
    Order = [receive {done, N} -> N end || _ <- lists:seq(1, 9)],
    io:format("order ~w~n", [Order]),
    io:format("took ~w us, now ~w, ~w~n",
              [erlang:convert_time_unit(erlang:monotonic_time() - T0, native, microsecond),
               erlang:system_time(millisecond), calendar:universal_time()]),
    io:format("random ~w~n", [[rand:uniform(1000) || _ <- lists:seq(1, 5)]]),
    lists:sort(Order) =:= Order orelse error({out_of_order, Order}).

work(N) -> lists:foldl(fun(X, A) -> A + X end, 0, lists:seq(1, N * 3000)).
