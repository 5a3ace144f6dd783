#!/usr/bin/env escript
-module(bin_binary_module).
-mode(compile).
-export([main/1]).
main(_) ->
    B = <<"the cat sat on the mat">>,
    io:format("~p~n", [binary:matches(B, <<"at">>)]),
    io:format("~p~n", [binary:match(B, [<<"sat">>, <<"cat">>])]),
    io:format("~p~n", [binary:match(B, <<"dog">>)]),
    io:format("~p~n", [binary:split(B, [<<" ">>], [global, trim_all])]),
    io:format("~p~n", [binary:split(<<",a,,b,">>, <<",">>, [global])]),
    io:format("~p~n", [binary:split(<<",a,,b,">>, <<",">>, [global, trim])]),
    io:format("~p~n", [binary:replace(B, <<"the">>, <<"a">>)]),
    io:format("~p~n", [binary:replace(B, [<<"cat">>, <<"mat">>], <<"X">>, [global])]),
    io:format("~p~n", [binary:part(B, {byte_size(B), -3})]),
    io:format("~p~n", [binary:bin_to_list(B, {4, 3})]),
    io:format("~p~n", [binary:encode_unsigned(16#1234, little)]),
    io:format("~p~n", [binary:decode_unsigned(<<1, 2, 3>>, little)]),
    io:format("~p~n", [binary:longest_common_suffix([<<"testing">>, <<"running">>])]),
    io:format("~p~n", [binary:encode_hex(<<1, 171, 255>>)]),
    io:format("~p~n", [binary:decode_hex(<<"01ABff">>)]),
    io:format("~p~n", [binary:referenced_byte_size(<<"abc">>)]).
