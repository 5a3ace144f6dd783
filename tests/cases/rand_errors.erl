#!/usr/bin/env escript
%% rand's errors: bad seeds, unknown algorithms, bad ranges and sizes, a
%% jump the algorithm lacks, bad mwc59 states. The frames inside rand carry
%% OTP 25's function names and lines.
-module(rand_errors).
-mode(compile).

main(_) ->
    S = rand:seed_s(exsss, 1),
    Tests = [fun() -> rand:seed_s(exsss, []) end,
             fun() -> rand:seed_s(exsss, [0, 0]) end,
             fun() -> rand:seed_s(exsss, [1, 2, 3]) end,
             fun() -> rand:seed_s(exsss, [1, a]) end,
             fun() -> rand:seed_s(exsp, [a]) end,
             fun() -> rand:seed_s(exrop, []) end,
             fun() -> rand:seed_s(exs1024s, lists:seq(1, 17)) end,
             fun() -> rand:seed_s(exro928ss, [0]) end,
             fun() -> rand:seed_s(exs64, [1, 2]) end,
             fun() -> rand:seed_s(dummy, []) end,
             fun() -> rand:seed_s(dummy, [1, 2]) end,
             fun() -> rand:seed_s(dummy, [a]) end,
             fun() -> rand:seed_s(exsss, 1.5) end,
             fun() -> rand:seed(exsss, [0]) end,
             fun() -> rand:seed_s(nosuchalg, 1) end,
             fun() -> rand:seed_s(nosuchalg) end,
             fun() -> rand:seed({nosuchalg, 1}) end,
             fun() -> rand:uniform(0) end,
             fun() -> rand:uniform(1.5) end,
             fun() -> rand:uniform_s(-3, S) end,
             fun() -> rand:bytes(-1) end,
             fun() -> rand:bytes_s(a, S) end,
             fun() -> rand:jump(rand:seed_s(exs64, 1)) end,
             fun() -> rand:mwc59(a) end,
             fun() -> rand:mwc59_value(a) end,
             fun() -> rand:mwc59_seed(-1) end,
             fun() -> rand:mwc59_seed(1 bsl 58) end],
    [try T() of
         _ -> io:format("no error~n")
     catch C:R:St ->
         io:format("~p ~p~n  ~p~n", [C, reason(R),
                                     [{M, F, arity(A), proplists:get_value(line, L)}
                                      || {M, F, A, L} <- St, M =:= rand]])
     end || T <- Tests],
    ok.

reason(R) when is_atom(R) -> R;
reason(R) when is_tuple(R) -> element(1, R).

arity(A) when is_list(A) -> length(A);
arity(A) -> A.
