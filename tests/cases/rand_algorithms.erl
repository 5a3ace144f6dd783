#!/usr/bin/env escript
%% rand gives OTP's numbers for a given seed: every algorithm, seeded from
%% an integer, a list and the classic triple; integer ranges narrow, wide
%% and powers of two; floats from uniform and uniform_real; bytes; jumps;
%% the normal distribution; the implicit state in the process dictionary;
%% the mwc59, splitmix64 and exro928 utilities.
-module(rand_algorithms).
-mode(compile).

main(_) ->
    Algs = [exsss, exsp, exsplus, exrop, exs1024s, exs1024, exro928ss, exs64],
    lists:foreach(fun algorithm/1, Algs),
    implicit(),
    utilities(),
    Reals = [element(1, rand:uniform_real_s(rand:seed_s(A, X)))
             || A <- Algs, X <- lists:seq(1, 12)],
    io:format("reals ~p~n", [Reals]),
    Normals = [element(1, rand:normal_s(rand:seed_s(A, X)))
               || A <- Algs, X <- lists:seq(1, 12)],
    io:format("normals ~p~n", [Normals]).

algorithm(Alg) ->
    S0 = rand:seed_s(Alg, 42),
    {Ints, S1} = draws(fun(N, S) -> rand:uniform_s(N, S) end, [1, 2, 10, 1000, 1 bsl 20, 12345678901], S0),
    {Wide, S2} = draws(fun(N, S) -> rand:uniform_s(N, S) end,
                       [1 bsl 58, (1 bsl 58) + 1, 1 bsl 64, (1 bsl 64) + 7, 1 bsl 100, (1 bsl 130) - 3], S1),
    {Floats, S3} = draws(fun(_, S) -> rand:uniform_s(S) end, [1, 2, 3], S2),
    {Reals, S4} = draws(fun(_, S) -> rand:uniform_real_s(S) end, [1, 2, 3], S3),
    {Bytes, S5} = draws(fun(N, S) -> rand:bytes_s(N, S) end, [0, 1, 7, 8, 13, 29], S4),
    {Normals, S6} = draws(fun(_, S) -> rand:normal_s(S) end, lists:seq(1, 6), S5),
    {Scaled, S7} = rand:normal_s(10, 2.5, S6),
    io:format("~p~n ints ~p~n wide ~p~n floats ~p~n reals ~p~n bytes ~p~n normals ~p ~p~n",
              [Alg, Ints, Wide, Floats, Reals, Bytes, Normals, Scaled]),
    Jumped = try rand:export_seed_s(rand:jump(S7)) catch error:E -> E end,
    io:format(" jump ~p~n", [Jumped]),
    io:format(" triple ~p~n", [rand:export_seed_s(rand:seed_s(Alg, {1, 2, 3}))]),
    io:format(" list ~p~n", [rand:export_seed_s(rand:seed_s(Alg, [7]))]),
    Exported = rand:export_seed_s(S7),
    {X1, _} = rand:uniform_s(S7),
    {X2, _} = rand:uniform_s(rand:seed_s(Exported)),
    io:format(" exported state continues: ~p~n", [X1 =:= X2]),
    {Counts, _} = draws(fun(_, S) -> rand:uniform_s(6, S) end, lists:seq(1, 600), rand:seed_s(Alg, 9)),
    io:format(" dice ~p~n", [[length([C || C <- Counts, C =:= K]) || K <- lists:seq(1, 6)]]).

draws(F, Args, S0) ->
    lists:foldl(fun(A, {Acc, S}) -> {X, S1} = F(A, S), {Acc ++ [X], S1} end, {[], S0}, Args).

implicit() ->
    io:format("no seed yet: ~p~n", [rand:export_seed()]),
    _ = rand:seed(exsss, 7),
    io:format("~p ~p ~p~n", [rand:uniform(), rand:uniform(1000), rand:uniform_real()]),
    io:format("~p~n", [rand:export_seed()]),
    io:format("~p~n", [rand:bytes(20)]),
    io:format("~p~n", [rand:export_seed_s(rand:jump())]),
    io:format("~p ~p~n", [rand:normal(), rand:normal(100, 9)]),
    _ = rand:seed(default, 7),
    io:format("default is exsss: ~p~n", [rand:export_seed()]),
    _ = rand:seed({exrop, [5 | 6]}),
    io:format("~p ~p~n", [rand:uniform(10), rand:export_seed()]),
    Self = self(),
    spawn(fun() -> Self ! {fresh, rand:export_seed(), is_float(rand:uniform()),
                           element(1, rand:export_seed())} end),
    receive {fresh, Before, IsFloat, Alg} -> io:format("new process: ~p ~p ~p~n", [Before, IsFloat, Alg]) end,
    State = rand:seed_s(exs1024s),
    io:format("seed_s/1 of a state: ~p~n", [rand:seed_s(State) =:= State]).

utilities() ->
    io:format("~p~n", [[rand:mwc59(123456789), rand:mwc59_value32(123456789),
                        rand:mwc59_value(123456789), rand:mwc59_float(123456789),
                        rand:mwc59_seed(99), rand:mwc59(1 bsl 62),
                        rand:splitmix64_next(5), rand:splitmix64_next(-1),
                        rand:exsp_next([1 | 2]), rand:exsp_jump([1 | 2]),
                        rand:seed58(3, 17)]]),
    M = rand:mwc59_seed(),
    io:format("mwc59_seed/0 in range: ~p~n", [M >= 1 andalso M < 1 bsl 59]),
    {_, St} = rand:seed_s(exro928ss, 5),
    io:format("~p~n~p~n~p~n", [rand:exro928_jump_2pow20(St), rand:exro928_next(St),
                              rand:exro928_next_state(rand:exro928_seed({4, 5, 6}))]),
    io:format("~p~n", [rand:exro928_jump_2pow512(rand:exro928_seed([1, 2]))]).
