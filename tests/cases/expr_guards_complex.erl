#!/usr/bin/env escript
-module(expr_guards_complex).
-mode(compile).
-export([main/1]).
kind(X) when is_map(X), is_map_key(type, X), map_get(type, X) =:= point -> point;
kind(X) when is_map(X) andalso map_size(X) > 2 orelse is_tuple(X) andalso tuple_size(X) > 2 -> big;
kind(X) when is_binary(X), byte_size(X) >= 4; is_bitstring(X), bit_size(X) rem 8 =/= 0 -> longbin_or_bits;
kind(X) when is_tuple(X), element(1, X) =:= tag; is_list(X), length(X) > 0, hd(X) =:= tag -> tagged;
kind(X) when is_number(X), abs(X) > 100, X == trunc(X) -> big_integral;
kind(X) when is_number(X), (X > 0) xor (X < -10) -> odd_range;
kind(X) when not is_atom(X), not is_number(X) -> other;
kind(_) -> plain.
check(L) ->
    if length(L) > 3, hd(L) > 0 -> long_pos;
       length(L) > 3 -> long;
       L =:= []; tl(L) =:= [] -> short;
       hd(tl(L)) == 2.0 -> second_two;
       true -> default
    end.
safe(X) when (X / 0) > 1 -> never;
safe(X) when element(2, X) > 0 -> second_pos;
safe(X) when hd(X) orelse true -> hd_or;
safe(_) -> fallback.
range(X) when X >= 0, X < 10; X >= 100, X < 110 -> in;
range(X) when is_integer(X), X band 1 =:= 1, X rem 5 =:= 0 -> odd_fives;
range(X) when is_float(X) andalso (X > 1.0e10 orelse X < -1.0e10) -> huge_float;
range(_) -> out.
main(_) ->
    Vals = [#{type => point}, #{type => other}, #{a => 1, b => 2, c => 3}, {1, 2, 3},
            <<"abcd">>, <<1:3>>, <<"ab">>, {tag, 1}, [tag, x], 101, 101.5, 200.0, 5, -20, -5, 0,
            [x], "", atom, self],
    [io:format("~-30w ~p~n", [V, kind(V)]) || V <- Vals],
    io:format("~p~n", [[check(L) || L <- [[1, 2, 3, 4], [0, 1, 2, 3], [], [a], [1, 2.0], [1, 2], [a, b, c]]]]),
    io:format("~p~n", [[safe(X) || X <- [{a, 1}, {a, -1}, [true], [false], x, 3]]]),
    io:format("~p~n", [[range(X) || X <- [0, 9, 10, 105, 110, 15, 25, 20, 2.0e10, -3.0e11, 5.0]]]),
    Gs = [fun(X) when is_integer(X) andalso X > 0 -> pos; (_) -> no end,
          fun(X) when is_list(X), length(X) =:= 2 -> pair; (X) when is_list(X) -> list; (_) -> no end,
          fun(X) when X =:= a; X =:= b -> ab; (_) -> no end],
    io:format("~p~n", [[G(V) || G <- Gs, V <- [1, -1, [1, 2], [1], a, b]]]),
    io:format("~p~n", [[X || X <- [1, a, 2.5, "s", <<"b">>, {t}], is_atom(X) orelse is_float(X)]]),
    io:format("~p~n", [[X || X <- lists:seq(1, 30), X rem 3 =:= 0 andalso X rem 2 =:= 0 orelse X =:= 7]]).
