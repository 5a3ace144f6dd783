#!/usr/bin/env escript
-module(prog_rational_matrix).
-mode(compile).
-export([main/1]).
gcd(A, 0) -> abs(A);
gcd(A, B) -> gcd(B, A rem B).
q(N, D) when D < 0 -> q(-N, -D);
q(N, D) -> G = gcd(N, D), {N div G, D div G}.
add({A, B}, {C, D}) -> q(A * D + C * B, B * D).
sub(X, {C, D}) -> add(X, {-C, D}).
mul({A, B}, {C, D}) -> q(A * C, B * D).
dvd({A, B}, {C, D}) -> q(A * D, B * C).
show({N, 1}) -> integer_to_list(N);
show({N, D}) -> integer_to_list(N) ++ "/" ++ integer_to_list(D).
binom(N, K) -> lists:foldl(fun(I, Acc) -> Acc * (N - I + 1) div I end, 1, lists:seq(1, K)).
bernoulli(N) -> lists:foldl(fun(M, Bs) ->
        S = lists:foldl(fun(K, Acc) -> add(Acc, mul(q(binom(M + 1, K), 1), lists:nth(K + 1, Bs))) end, q(0, 1), lists:seq(0, M - 1)),
        Bs ++ [dvd(sub(q(0, 1), S), q(M + 1, 1))]
    end, [q(1, 1)], lists:seq(1, N)).
transpose([[] | _]) -> [];
transpose(M) -> [[hd(R) || R <- M] | transpose([tl(R) || R <- M])].
mmul(A, B) -> BT = transpose(B), [[lists:foldl(fun({X, Y}, Acc) -> add(Acc, mul(X, Y)) end, q(0, 1), lists:zip(R, C)) || C <- BT] || R <- A].
det([[X]]) -> X;
det([Row | Rest]) ->
    {_, D} = lists:foldl(fun(X, {J, Acc}) ->
        Minor = [drop(J, R) || R <- Rest],
        Term = mul(X, det(Minor)),
        {J + 1, if J rem 2 =:= 0 -> add(Acc, Term); true -> sub(Acc, Term) end}
    end, {0, q(0, 1)}, Row),
    D.
drop(J, L) -> {A, [_ | B]} = lists:split(J, L), A ++ B.
hilbert(N) -> [[q(1, I + J - 1) || J <- lists:seq(1, N)] || I <- lists:seq(1, N)].
pm(M) -> [io:format("  ~s~n", [string:join([string:pad(show(X), 8) || X <- R], "")]) || R <- M], ok.
main(_) ->
    io:format("~s~n", [string:join([show(B) || B <- bernoulli(20)], " ")]),
    H = hilbert(4),
    pm(H),
    io:format("det ~s~n", [show(det(H))]),
    io:format("det5 ~s~n", [show(det(hilbert(5)))]),
    pm(mmul(H, H)),
    pm(transpose([[q(1, 1), q(2, 1)], [q(3, 1), q(4, 1)], [q(5, 1), q(6, 1)]])),
    S = lists:foldl(fun(K, Acc) -> add(Acc, q(1, K * K)) end, q(0, 1), lists:seq(1, 30)),
    io:format("zeta2 partial ~s~n~p~n", [show(S), element(1, S) / element(2, S)]),
    io:format("~p~n", [[binom(50, K) || K <- [0, 1, 25, 49]]]),
    io:format("~s~n", [show(lists:foldl(fun(_, X) -> add(q(1, 1), dvd(q(1, 1), X)) end, q(1, 1), lists:seq(1, 40)))]).
