#!/usr/bin/env escript
-module(expr_guards_bifs).
-mode(compile).
-export([main/1]).
t(X) when is_integer(X), X > 0 -> pos_int;
t(X) when is_float(X) -> float;
t(X) when is_atom(X), X =/= undefined -> atom;
t(X) when is_list(X), length(X) > 2 -> long_list;
t(X) when is_tuple(X), tuple_size(X) =:= 2, element(1, X) =:= tag -> tagged;
t(X) when is_binary(X), byte_size(X) > 1 -> bin;
t(X) when is_map(X), map_size(X) =:= 0 -> empty_map;
t(X) when is_map_key(k, X) -> map_with_k;
t(X) when abs(X) > 100 -> big_neg;
t(X) when hd(X) =:= 1 -> starts_with_1;
t(_) -> other.
main(_) ->
    Inputs = [5, 1.5, foo, undefined, [1, 2, 3], {tag, 1}, {tag, 1, 2}, <<"ab">>, <<"a">>,
              #{}, #{k => 1}, #{j => 1}, -500, -5, [1], [2], {}],
    io:format("~p~n", [[t(X) || X <- Inputs]]),
    G = fun(X) when X rem 2 == 0; X > 100 -> even_or_big; (_) -> other end,
    io:format("~p~n", [[G(2), G(3), G(101)]]),
    H = fun(X) when trunc(X) =:= 1, round(X) =:= 2 -> yes; (_) -> no end,
    io:format("~p~n", [[H(1.5), H(1.2)]]),
    B = fun(X) when is_bitstring(X), bit_size(X) rem 8 =/= 0 -> bits; (_) -> other end,
    io:format("~p~n", [[B(<<1:3>>), B(<<1>>)]]),
    E = fun(X) when element(2, X) > 0 -> ok; (_) -> guard_failed_silently end,
    io:format("~p~n", [[E({a, 1}), E({a}), E(notuple)]]).
