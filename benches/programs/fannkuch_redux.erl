%% fannkuch_redux (Computer Language Benchmarks Game, written anew from its
%% description): for every permutation of 1..N, count the flips needed
%% until 1 is in front (a flip reverses the first K elements, K being the
%% first element); report the checksum (sum over permutations, in
%% generation order, of flips, alternately added and subtracted) and the
%% maximum number of flips. Permutations come in the order of the
%% benchmark's counting scheme (rotate the first I elements).
%% Usage: fannkuch_redux [N]   (default N=7)   result = {Checksum, MaxFlips}
-module(fannkuch_redux).
-export([main/1]).
-mode(compile).

main(Args) ->
    N = arg(Args, 7),
    T0 = erlang:monotonic_time(microsecond),
    R = run(N),
    T1 = erlang:monotonic_time(microsecond),
    io:format("fannkuch_redux size=~p result=~p~n", [N, R]),
    io:format("time_us=~p~n", [T1 - T0]).

run(N) ->
    Perm = lists:seq(1, N),
    Count = lists:seq(1, N),
    loop(Perm, Count, N, 0, 0, 0).

%% Count holds, for each position I (1-based), how many rotations are left.
loop(Perm, Count, N, Index, Checksum, MaxFlips) ->
    F = flips(Perm, 0),
    Sign = case Index band 1 of 0 -> 1; 1 -> -1 end,
    C1 = Checksum + Sign * F,
    M1 = max(MaxFlips, F),
    case next(Perm, Count, 2, N) of
        done -> {C1, M1};
        {Perm1, Count1} -> loop(Perm1, Count1, N, Index + 1, C1, M1)
    end.

%% The next permutation: rotate the first I elements left, I from 2 up,
%% while position I's counter runs out.
next(_Perm, _Count, I, N) when I > N -> done;
next(Perm, Count, I, N) ->
    Perm1 = rotate(Perm, I),
    case lists:nth(I, Count) of
        1 -> next(Perm1, set(Count, I, I), I + 1, N);
        C -> {Perm1, set(Count, I, C - 1)}
    end.

rotate([H | T], I) ->
    {Front, Back} = lists:split(I - 1, T),
    Front ++ [H | Back].

set(L, I, V) ->
    {Front, [_ | Back]} = lists:split(I - 1, L),
    Front ++ [V | Back].

flips([1 | _], F) -> F;
flips([K | _] = P, F) ->
    {Front, Back} = lists:split(K, P),
    flips(lists:reverse(Front, Back), F + 1).

arg([], D) -> D;
arg([S | _], _) -> list_to_integer(S).
