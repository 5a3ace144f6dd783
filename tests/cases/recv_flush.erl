#!/usr/bin/env escript
-module(recv_flush).
-mode(compile).
-export([main/1]).
flush() -> flush([]).
flush(Acc) ->
    receive M -> flush([M | Acc])
    after 0 -> lists:reverse(Acc)
    end.
flush_matching(Tag) ->
    receive {Tag, _} = M -> [M | flush_matching(Tag)]
    after 0 -> []
    end.
main(_) ->
    io:format("~p~n", [flush()]),
    [self() ! N || N <- lists:seq(1, 10)],
    io:format("~p~n", [flush()]),
    io:format("~p~n", [flush()]),
    [self() ! {if N rem 2 =:= 0 -> even; true -> odd end, N} || N <- lists:seq(1, 8)],
    io:format("~p~n", [flush_matching(odd)]),
    io:format("~p~n", [flush()]).
