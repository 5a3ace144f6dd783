#!/usr/bin/env escript
-module(map_large_order_ext).
-mode(compile).
-export([main/1]).

%% Term order, equality, hashing, external format and messages for maps
%% above 32 keys.

m(Ks) -> maps:from_list([{K, K} || K <- Ks]).

main(_) ->
    A = m(lists:seq(1, 40)),
    B = m(lists:seq(2, 41)),
    C = m(lists:seq(1, 39)),
    F = m([float(X) || X <- lists:seq(1, 40)]),
    io:format("~p~n", [[A < B, B < A, C < A, A < C, A == A#{}, A =:= B]]),
    io:format("~p~n", [[A == F, A =:= F, A < F, F < A]]),
    io:format("~p~n", [lists:sort([B, C, A, #{}, #{z => 1}]) =:= [#{}, #{z => 1}, C, A, B]]),
    io:format("~p~n", [A#{40 := 40.0} == A]),
    io:format("~p~n", [A#{40 := 40.0} =:= A]),
    io:format("~p~n", [[erlang:phash2(X) || X <- [A, B, C, F]]]),
    io:format("~p~n", [[erlang:phash2(X, 1000) || X <- [A, B, C]]]),
    Bin = term_to_binary(A),
    io:format("~p ~p~n", [byte_size(Bin), binary_to_term(Bin) =:= A]),
    Nested = #{big => B, list => [C, C], t => {F}},
    io:format("~p~n", [binary_to_term(term_to_binary(Nested)) =:= Nested]),
    io:format("~p~n", [map_size(binary_to_term(term_to_binary(m(lists:seq(1, 5000)))))]),
    %% Messages: a large map there and back.
    Self = self(),
    P = spawn(fun() ->
                      receive {M, From} -> From ! {back, M#{41 => 41}, maps:get(20, M)} end
              end),
    P ! {A, Self},
    receive
        {back, A2, V} ->
            io:format("~p ~p ~p ~p~n", [V, map_size(A2), maps:remove(41, A2) =:= A, A2 =:= B#{1 => 1}])
    end,
    ok.
