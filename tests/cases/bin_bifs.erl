#!/usr/bin/env escript
-module(bin_bifs).
-mode(compile).
-export([main/1]).
main(_) ->
    B = <<"hello world">>,
    io:format("~p~n", [byte_size(B)]),
    io:format("~p~n", [bit_size(B)]),
    io:format("~p~n", [bit_size(<<1:3>>)]),
    io:format("~p~n", [byte_size(<<1:3>>)]),
    io:format("~p~n", [binary_part(B, 0, 5)]),
    io:format("~p~n", [binary_part(B, {6, 5})]),
    io:format("~p~n", [binary_part(B, byte_size(B), -5)]),
    io:format("~p~n", [size(B)]),
    io:format("~p~n", [is_binary(B)]),
    io:format("~p~n", [[is_bitstring(<<1:1>>), is_binary(<<1:1>>)]]),
    io:format("~p~n", [binary:split(<<"a,b,c">>, <<",">>)]),
    io:format("~p~n", [binary:split(<<"a,b,c">>, <<",">>, [global])]),
    io:format("~p~n", [binary:match(<<"abcabc">>, <<"ca">>)]),
    io:format("~p~n", [binary:replace(<<"aXbXc">>, <<"X">>, <<"--">>, [global])]),
    io:format("~p~n", [binary:copy(<<"ab">>, 3)]),
    io:format("~p~n", [binary:first(<<"xyz">>)]),
    io:format("~p~n", [binary:last(<<"xyz">>)]),
    io:format("~p~n", [binary:at(<<"xyz">>, 1)]),
    io:format("~p~n", [binary:bin_to_list(<<"abc">>)]),
    io:format("~p~n", [binary:list_to_bin([1, [2, 3], <<4>>])]),
    io:format("~p~n", [binary:part(<<"abcdef">>, 2, 3)]),
    io:format("~p~n", [binary:decode_unsigned(<<1, 0>>)]),
    io:format("~p~n", [binary:encode_unsigned(256)]),
    io:format("~p~n", [bitstring_to_list(<<1, 2, 3:4>>)]),
    io:format("~p~n", [list_to_bitstring([<<1>>, <<1:1>>])]),
    io:format("~p~n", [split_binary(<<"abcdef">>, 2)]),
    io:format("~p~n", [binary:longest_common_prefix([<<"foobar">>, <<"fooqux">>])]).
