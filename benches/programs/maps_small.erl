%% maps_small: the flat-map sizes (up to 32 keys, where BEAM and ferl keep a
%% map as one sorted array). N rounds of: build maps of 4, 16 and 32 keys by
%% insert, look every key up, update every key with :=, match two keys.
%% Usage: maps_small [N]   (default N=20000)
%% result = sum over rounds of the looked-up and matched values.
-module(maps_small).
-export([main/1]).
-mode(compile).

main(Args) ->
    N = arg(Args, 20000),
    T0 = erlang:monotonic_time(microsecond),
    R = rounds(N, 0),
    T1 = erlang:monotonic_time(microsecond),
    io:format("maps_small size=~p result=~p~n", [N, R]),
    io:format("time_us=~p~n", [T1 - T0]).

rounds(0, Acc) -> Acc;
rounds(I, Acc) -> rounds(I - 1, Acc + one(4) + one(16) + one(32)).

one(K) ->
    M = build(1, K, #{}),
    S = lookup(1, K, M, 0),
    M2 = update(1, K, M),
    #{1 := A, K := B} = M2,
    S + A + B.

build(I, K, M) when I > K -> M;
build(I, K, M) -> build(I + 1, K, M#{I => I}).

lookup(I, K, _M, Acc) when I > K -> Acc;
lookup(I, K, M, Acc) -> lookup(I + 1, K, M, Acc + maps:get(I, M)).

update(I, K, M) when I > K -> M;
update(I, K, M) -> update(I + 1, K, M#{I := I + 1}).

arg([], D) -> D;
arg([S | _], _) -> list_to_integer(S).
