%% spectral_norm (Computer Language Benchmarks Game, written anew from its
%% description): the spectral norm of the infinite matrix
%% A(i,j) = 1 / ((i+j)(i+j+1)/2 + i + 1), truncated to N x N, by 10 rounds
%% of the power method on A'A (floating point, nested loops over tuples).
%% Usage: spectral_norm [N]   (default N=100)   result = the norm to 9 decimals
-module(spectral_norm).
-export([main/1]).
-mode(compile).

main(Args) ->
    N = arg(Args, 100),
    T0 = erlang:monotonic_time(microsecond),
    U0 = list_to_tuple(lists:duplicate(N, 1.0)),
    {U, V} = power(10, U0, N),
    R = math:sqrt(dot(U, V, N) / dot(V, V, N)),
    T1 = erlang:monotonic_time(microsecond),
    io:format("spectral_norm size=~p result=~s~n", [N, float_to_list(R, [{decimals, 9}])]),
    io:format("time_us=~p~n", [T1 - T0]).

power(0, U, _N) -> {U, U};
power(1, U, N) ->
    V = atav(U, N),
    {atav(V, N), V};
power(K, U, N) ->
    V = atav(U, N),
    power(K - 1, atav(V, N), N).

a(I, J) -> 1.0 / ((I + J) * (I + J + 1) div 2 + I + 1).

%% A'A times U.
atav(U, N) -> at_times(a_times(U, N), N).

a_times(U, N) ->
    list_to_tuple([row(I, U, N, 0, 0.0) || I <- lists:seq(0, N - 1)]).

row(_I, _U, N, N, Acc) -> Acc;
row(I, U, N, J, Acc) -> row(I, U, N, J + 1, Acc + a(I, J) * element(J + 1, U)).

at_times(U, N) ->
    list_to_tuple([col(I, U, N, 0, 0.0) || I <- lists:seq(0, N - 1)]).

col(_I, _U, N, N, Acc) -> Acc;
col(I, U, N, J, Acc) -> col(I, U, N, J + 1, Acc + a(J, I) * element(J + 1, U)).

dot(A, B, N) -> dot(A, B, N, 0.0).

dot(_A, _B, 0, Acc) -> Acc;
dot(A, B, I, Acc) -> dot(A, B, I - 1, Acc + element(I, A) * element(I, B)).

arg([], D) -> D;
arg([S | _], _) -> list_to_integer(S).
