#!/usr/bin/env escript
%% A first ferl program: run it with `cargo run --release -- examples/hello.erl`.
-module(hello).
-mode(compile).
-export([main/1]).

-record(order, {id, items = [], total = 0}).

main(Args) ->
    Who = case Args of
              [Name | _] -> Name;
              [] -> "world"
          end,
    io:format("Hello, ~s!~n", [Who]),
    Orders = [#order{id = N, items = lists:seq(1, N), total = N * (N + 1) div 2}
              || N <- lists:seq(1, 5)],
    Totals = maps:from_list([{Id, T} || #order{id = Id, total = T} <- Orders]),
    io:format("totals: ~p~n", [Totals]),
    io:format("fib(25) = ~p~n", [fib(25)]),
    io:format("2^100 = ~p~n", [pow2(100)]),
    try
        1 = length(Args) + 2
    catch
        error:{badmatch, V} -> io:format("caught a badmatch on ~p~n", [V])
    end.

fib(N) when N < 2 -> N;
fib(N) -> fib(N - 1) + fib(N - 2).

pow2(0) -> 1;
pow2(N) -> 2 * pow2(N - 1).
