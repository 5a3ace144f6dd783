%% random: OTP 25's deprecated random number module, the Wichmann-Hill
%% (AS 183) generator: three small multiplicative congruential generators
%% whose sum, taken modulo 1, is the float. The state is a triple kept
%% under `random_seed` in the process dictionary; seed0/0 is the fixed
%% triple a process starts from. Lines are pinned to OTP 25's (`-file`)
%% where an error can surface.
-module(random).

-export([seed0/0, seed/0, seed/1, seed/3, uniform/0, uniform/1,
         uniform_s/1, uniform_s/2]).

-define(KEY, random_seed).

-file("random.erl", 43).
seed0() ->
    {3172, 9814, 20125}.

%% Resets to seed0/0 and returns the previous state (seed0/0 if none).
-file("random.erl", 51).
seed() ->
    case put(?KEY, seed0()) of
        undefined -> seed0();
        {_, _, _} = Old -> Old
    end.

%% An integer is spread over the three generators' states.
-file("random.erl", 67).
seed(Int) when is_integer(Int) ->
    A1 = (Int bsr 16) band 16#fffffff,
    A2 = Int band 16#ffffff,
    A3 = (Int bsr 36) bor (A2 bsr 16),
    seed(A1, A2, A3);
seed({A1, A2, A3}) ->
    seed(A1, A2, A3).

-file("random.erl", 83).
seed(A1, A2, A3) ->
    put(?KEY, {(abs(A1) rem 30268) + 1,
               (abs(A2) rem 30306) + 1,
               (abs(A3) rem 30322) + 1}).

-file("random.erl", 99).
uniform() ->
    {F, State} = step(case get(?KEY) of
                          undefined -> seed0();
                          Tuple -> Tuple
                      end),
    put(?KEY, State),
    F.

-file("random.erl", 118).
uniform(N) when is_integer(N), N >= 1 ->
    trunc(uniform() * N) + 1.

-file("random.erl", 131).
uniform_s({_, _, _} = State) ->
    step(State).

-file("random.erl", 147).
uniform_s(N, State0) when is_integer(N), N >= 1 ->
    {F, State1} = uniform_s(State0),
    {trunc(F * N) + 1, State1}.

%% One step of each generator; the float is the fractional part of the sum
%% of their states over their moduli.
step({A1, A2, A3}) ->
    B1 = (A1 * 171) rem 30269,
    B2 = (A2 * 172) rem 30307,
    B3 = (A3 * 170) rem 30323,
    R = B1 / 30269 + B2 / 30307 + B3 / 30323,
    {R - trunc(R), {B1, B2, B3}}.
