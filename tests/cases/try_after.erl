#!/usr/bin/env escript
-module(try_after).
-mode(compile).
-export([main/1]).
main(_) ->
    R1 = try ok after io:format("after 1~n") end,
    io:format("~p~n", [R1]),
    R2 = try try throw(x) after io:format("after 2~n") end catch throw:x -> caught end,
    io:format("~p~n", [R2]),
    R3 = try 5 of N -> N * 2 catch _:_ -> err after io:format("after 3~n") end,
    io:format("~p~n", [R3]),
    R4 = try erlang:error(bad) catch error:bad -> io:format("in catch~n"), handled
         after io:format("after 4~n") end,
    io:format("~p~n", [R4]),
    R5 = (catch try exit(e) after io:format("after 5~n") end),
    io:format("~p~n", [R5]),
    R6 = try
             try throw(t) of _ -> no after io:format("inner after~n") end
         catch throw:T -> {got, T}
         after io:format("outer after~n")
         end,
    io:format("~p~n", [R6]),
    F = fun(X) -> try X of 1 -> one after io:format("fun after ~p~n", [X]) end end,
    io:format("~p~n", [F(1)]),
    {'EXIT', {TC, _}} = (catch F(2)),
    io:format("~p~n", [TC]).
