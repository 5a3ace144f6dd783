%% binarytrees (Computer Language Benchmarks Game, written anew from its
%% description): allocate a stretch tree of depth N+1 and check it, keep a
%% long-lived tree of depth N, then for depths 4, 6, ..., N build and check
%% 2^(N - D + 4) trees of depth D each; check = number of nodes.
%% Usage: binarytrees [N]   (default N=10)   result = sum of all checks
-module(binarytrees).
-export([main/1]).
-mode(compile).

main(Args) ->
    N = max(6, arg(Args, 10)),
    T0 = erlang:monotonic_time(microsecond),
    Stretch = check(make(N + 1)),
    LongLived = make(N),
    Iterations = [iterate(1 bsl (N - D + 4), D, 0) || D <- lists:seq(4, N, 2)],
    R = Stretch + lists:sum(Iterations) + check(LongLived),
    T1 = erlang:monotonic_time(microsecond),
    io:format("binarytrees size=~p result=~p~n", [N, R]),
    io:format("time_us=~p~n", [T1 - T0]).

%% A node is {Left, Right}; a leaf is nil.
make(0) -> {nil, nil};
make(D) -> {make(D - 1), make(D - 1)}.

check({nil, nil}) -> 1;
check({L, R}) -> 1 + check(L) + check(R).

iterate(0, _D, Acc) -> Acc;
iterate(I, D, Acc) -> iterate(I - 1, D, Acc + check(make(D))).

arg([], D) -> D;
arg([S | _], _) -> list_to_integer(S).
