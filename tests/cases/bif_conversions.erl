#!/usr/bin/env escript
-module(bif_conversions).
-mode(compile).
-export([main/1]).
id(X) -> X.
r(F) -> try F() catch C:R -> {C, R} end.
main(_) ->
    io:format("~p~n", [[integer_to_list(123), integer_to_list(-45), integer_to_list(255, 16), integer_to_list(255, 2), integer_to_list(35, 36)]]),
    io:format("~p~n", [[list_to_integer("42"), list_to_integer("-17"), list_to_integer("ff", 16), list_to_integer("FF", 16), list_to_integer("z", 36), list_to_integer("+5")]]),
    io:format("~p~n", [[atom_to_list(hello), atom_to_list('with space'), list_to_atom("new_atom"), list_to_atom("Cap")]]),
    io:format("~p~n", [[binary_to_list(<<"abc">>), binary_to_list(<<"abcdef">>, 2, 4), list_to_binary("xyz"), list_to_binary([1, "ab", <<3>>, [[4]]])]]),
    io:format("~p~n", [[iolist_to_binary(["a", [<<"b">>, $c], [[]]]), iolist_size([1, <<2, 3>>, [4, [5]]])]]),
    io:format("~p~n", [[tuple_to_list({a, b, c}), list_to_tuple([1, 2]), tuple_to_list({})]]),
    io:format("~p~n", [[integer_to_binary(99), integer_to_binary(255, 16), binary_to_integer(<<"77">>), binary_to_integer(<<"1010">>, 2)]]),
    io:format("~p~n", [[atom_to_binary(abc), atom_to_binary(abc, utf8), binary_to_atom(<<"xyz">>), binary_to_atom(<<"q">>, latin1), binary_to_existing_atom(<<"ok">>, utf8)]]),
    io:format("~p~n", [[list_to_existing_atom("true"), r(fun() -> list_to_existing_atom(id("zzz_no_such_atom_qq")) end)]]),
    io:format("~p~n", [[float_to_list(1.25), list_to_float("2.5"), float(3)]]),
    io:format("~p~n", [[term_to_binary(a) =/= <<>>, binary_to_term(term_to_binary({x, [1, 2]}))]]),
    io:format("~p~n", [[list_to_integer("0010"), integer_to_list(0), integer_to_list(-255, 16)]]),
    io:format("~p~n", [[atom_to_list(''), list_to_atom([]), atom_to_binary('é')]]),
    io:format("~p~n", [r(fun() -> list_to_integer(id("12a")) end)]),
    io:format("~p~n", [r(fun() -> binary_to_integer(id(<<>>)) end)]).
