#!/usr/bin/env escript
%% The deprecated random module: OTP's Wichmann-Hill numbers from the
%% default state, from seed/1 (integer and triple) and seed/3, through the
%% process dictionary and the explicit-state functions; what seed/0,1,3
%% return; errors with OTP's frames.
-module(random_module).
-mode(compile).

main(_) ->
    io:format("~p~n", [[random:uniform() || _ <- lists:seq(1, 3)]]),
    io:format("~p~n", [random:seed0()]),
    io:format("seed/0 returns ~p~n", [random:seed()]),
    io:format("~p~n", [[random:uniform(100) || _ <- lists:seq(1, 10)]]),
    io:format("seed/3 returns ~p~n", [random:seed(1, -2, 3)]),
    io:format("~p ~p~n", [random:uniform(), get(random_seed)]),
    io:format("seed/1 returns ~p~n", [random:seed(123456789012)]),
    io:format("~p ~p~n", [random:uniform(6), get(random_seed)]),
    random:seed({40000, 50000, 60000}),
    io:format("~p~n", [get(random_seed)]),
    io:format("seed/0 returns ~p~n", [random:seed()]),
    {L, S} = lists:foldl(fun(_, {Acc, St}) -> {X, St1} = random:uniform_s(1000, St), {[X | Acc], St1} end,
                         {[], {1, 2, 3}}, lists:seq(1, 8)),
    io:format("~p ~p ~p~n", [L, S, random:uniform_s({7, 8, 9})]),
    Tests = [fun() -> random:uniform(0) end, fun() -> random:uniform_s(0, {1, 2, 3}) end,
             fun() -> random:uniform_s(bad) end, fun() -> random:seed(bad) end,
             fun() -> random:seed(a, 2, 3) end],
    [try T() of
         R -> io:format("no error ~p~n", [R])
     catch C:E:St ->
         io:format("~p ~p ~p~n", [C, E, [{M, F, arity(A), proplists:get_value(line, Lc)}
                                         || {M, F, A, Lc} <- St, M =:= random]])
     end || T <- Tests],
    ok.

arity(A) when is_list(A) -> length(A);
arity(A) -> A.
