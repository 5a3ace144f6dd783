#!/usr/bin/env escript
-module(recv_order_many).
-mode(compile).
-export([main/1]).
collect(0, _Tag, Acc) -> lists:reverse(Acc);
collect(N, Tag, Acc) -> receive {Tag, V} -> collect(N - 1, Tag, [V | Acc]) end.
main(_) ->
    Me = self(),
    spawn(fun() -> [Me ! {a, I} || I <- lists:seq(1, 200)] end),
    spawn(fun() -> [Me ! {b, I} || I <- lists:seq(1, 200)] end),
    As = collect(200, a, []),
    Bs = collect(200, b, []),
    io:format("a in order: ~p~n", [As =:= lists:seq(1, 200)]),
    io:format("b in order: ~p~n", [Bs =:= lists:seq(1, 200)]),
    io:format("~p ~p~n", [lists:sum(As), lists:sum(Bs)]).
