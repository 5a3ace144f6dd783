#!/usr/bin/env escript
-module(prog_big_terms).
-mode(compile).
-export([main/1]).
echo() -> receive {From, T} -> From ! {echoed, T}, echo(); stop -> ok end.
deep(0) -> [];
deep(N) -> [N, deep(N - 1), {N, [N]}].
roundtrip(P, T) ->
    P ! {self(), T},
    receive {echoed, T2} -> T2 end.
main(_) ->
    P = spawn(fun echo/0),
    Terms = [
        {deep_list, deep(200)},
        {binary, list_to_binary(lists:seq(0, 255))},
        {big_binary, binary:copy(<<"0123456789">>, 10000)},
        {sub_binary, binary:part(binary:copy(<<"abcdefgh">>, 100), 3, 500)},
        {map, maps:from_list([{I, integer_to_list(I)} || I <- lists:seq(1, 100)])},
        {nested_map, #{a => #{b => #{c => [1, 2, 3]}}, <<"key">> => {tuple, 1.5}}},
        {bignum, 1 bsl 300},
        {float, -3.25e-10},
        {string, lists:duplicate(1000, $x)},
        {tuple, list_to_tuple(lists:seq(1, 500))},
        {mixed, [self(), make_ref(), fun lists:sum/1, 'atom', "str", <<1:3>>]}
    ],
    [begin
         T2 = roundtrip(P, T),
         io:format("~p: ~p ~p~n", [Tag, T2 =:= T, erlang:external_size(T2) =:= erlang:external_size(T)])
     end || {Tag, _} = T <- Terms],
    {binary, B} = roundtrip(P, {binary, list_to_binary(lists:seq(0, 255))}),
    io:format("~p ~p~n", [byte_size(B), binary:at(B, 200)]),
    {deep_list, D} = roundtrip(P, {deep_list, deep(200)}),
    io:format("~p~n", [length(lists:flatten([D]))]),
    M = roundtrip(P, #{x => 1}),
    io:format("~p~n", [M]),
    P ! stop.
