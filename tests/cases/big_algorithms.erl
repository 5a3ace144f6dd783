#!/usr/bin/env escript
-module(big_algorithms).
-mode(compile).
-export([main/1]).
fact(0) -> 1;
fact(N) -> N * fact(N - 1).
mmul({A, B, C, D}, {E, F, G, H}) -> {A*E + B*G, A*F + B*H, C*E + D*G, C*F + D*H}.
mpow(_, 0) -> {1, 0, 0, 1};
mpow(M, N) when N rem 2 =:= 0 -> H = mpow(M, N div 2), mmul(H, H);
mpow(M, N) -> mmul(M, mpow(M, N - 1)).
fib(N) -> element(2, mpow({1, 1, 1, 0}, N)).
powmod(_, 0, M) -> 1 rem M;
powmod(B, E, M) when E band 1 =:= 1 -> (B * powmod(B, E - 1, M)) rem M;
powmod(B, E, M) -> H = powmod(B, E div 2, M), (H * H) rem M.
gcd(A, 0) -> abs(A);
gcd(A, B) -> gcd(B, A rem B).
lcm(A, B) -> abs(A * B) div gcd(A, B).
isqrt(0) -> 0;
isqrt(N) when N > 0 -> isqrt(N, N).
isqrt(N, X) -> Y = (X + N div X) div 2, if Y >= X -> X; true -> isqrt(N, Y) end.
digits_sum(N) -> lists:sum([D - $0 || D <- integer_to_list(N)]).
main(_) ->
    F500 = fact(500),
    S = integer_to_list(F500),
    io:format("500! has ~p digits, digit sum ~p~n", [length(S), digits_sum(F500)]),
    io:format("first 40: ~s~nlast 10 nonzero: ~s~n", [lists:sublist(S, 40), lists:sublist(string:trim(S, trailing, "0"), length(string:trim(S, trailing, "0")) - 9, 10)]),
    io:format("trailing zeros ~p~n", [length(S) - length(string:trim(S, trailing, "0"))]),
    [io:format("fib(~p) = ~p~n", [N, fib(N)]) || N <- [0, 1, 2, 10, 50, 90, 91, 92, 93, 100, 300]],
    io:format("fib(1000) rem 1000000007 = ~p~n", [fib(1000) rem 1000000007]),
    P = (1 bsl 127) - 1,
    io:format("fermat 2^(p-1) mod p = ~p~n", [powmod(2, P - 1, P)]),
    io:format("3^1000 mod 10^9+7 = ~p~n", [powmod(3, 1000, 1000000007)]),
    io:format("gcd ~p ~p ~p~n", [gcd(fact(30), fact(20) + 1), gcd(fib(120), fib(90)), gcd(-12, 18)]),
    io:format("lcm 1..30 = ~p~n", [lists:foldl(fun lcm/2, 1, lists:seq(1, 30))]),
    [io:format("isqrt(~p) = ~p~n", [N, isqrt(N)]) || N <- [1, 15, 16, 17, 1 bsl 64, fact(40), (1 bsl 200) + 12345]],
    R = isqrt(2 * (10 bsl 0) * pow10(100)),
    io:format("sqrt2 ~p~n", [R]),
    io:format("~p~n", [[fact(25) div fact(23), fact(25) rem 1000007, -fact(22) div 7, -fact(22) rem 7]]),
    io:format("~p~n", [{F500 band 16#FFFF, (F500 bsr 3000) band 255, bnot (1 bsl 65), (-F500) bsr 4000}]).
pow10(0) -> 1;
pow10(N) -> 10 * pow10(N - 1).
