#!/usr/bin/env escript
-module(bif_tuples_lists).
-mode(compile).
-export([main/1]).
-record(r, {a}).
main(_) ->
    T = {a, b, c, d},
    io:format("~p~n", [[element(1, T), element(4, T), tuple_size(T), size(T)]]),
    io:format("~p~n", [setelement(2, T, x)]),
    io:format("~p~n", [erlang:make_tuple(3, z)]),
    io:format("~p~n", [erlang:make_tuple(4, 0, [{2, two}, {4, four}])]),
    io:format("~p~n", [erlang:append_element({1, 2}, 3)]),
    io:format("~p~n", [erlang:delete_element(2, {1, 2, 3})]),
    io:format("~p~n", [erlang:insert_element(2, {1, 3}, 2)]),
    L = [5, 3, 8],
    io:format("~p~n", [[length(L), hd(L), tl(L), length([])]]),
    io:format("~p~n", [[abs(-5), abs(5.5), min(3, 4), max(3, 4), min(a, 1), max("a", 'a')]]),
    io:format("~p~n", [[round(2.5), trunc(-2.7), ceil(2.1), floor(-2.1)]]),
    io:format("~p~n", [[size(<<1, 2, 3>>), byte_size(<<1, 2>>), bit_size(<<1:5>>)]]),
    io:format("~p~n", [[max({1}, [1]), min(#{}, {a, b}), max(<<>>, []), min(1.0, 1)]]),
    io:format("~p~n", [[erlang:max(x, 100), erlang:min(x, 100), max(1 bsl 70, 1.0e20)]]),
    io:format("~p~n", [[is_integer(1), is_float(1.0), is_number(1), is_atom(a), is_list([]), is_tuple({}), is_map(#{}), is_binary(<<>>), is_bitstring(<<1:1>>), is_boolean(true), is_boolean(1), is_function(fun main/1), is_function(fun main/1, 1), is_pid(a), is_port(a), is_reference(make_ref()), is_reference(a)]]),
    io:format("~p~n", [[is_integer(1.0), is_float(1), is_atom("a"), is_list("abc"), is_tuple([]), is_number(a)]]),
    io:format("~p~n", [[erlang:is_record({r, 1}, r), erlang:is_map_key(a, #{a => 1})]]),
    io:format("~p~n", [[erlang:phash2(abc) =:= erlang:phash2(abc), is_integer(erlang:phash2({1, 2}))]]),
    io:format("~p~n", [[erlang:list_to_tuple(lists:seq(1, 5)), list_to_tuple([])]]).
