#!/usr/bin/env escript
-module(expr_bool_ops).
-mode(compile).
-export([main/1]).
id(X) -> X.
r(F) -> try F() catch C:R -> {C, R} end.
main(_) ->
    io:format("~p~n", [[not true, not false]]),
    io:format("~p~n", [[true and true, true and false, false and true, false and false]]),
    io:format("~p~n", [[true or true, true or false, false or true, false or false]]),
    io:format("~p~n", [[true xor true, true xor false, false xor true, false xor false]]),
    io:format("~p~n", [(1 < 2) and (3 > 2)]),
    io:format("~p~n", [not (1 > 2)]),
    io:format("~p~n", [r(fun() -> not id(1) end)]),
    io:format("~p~n", [r(fun() -> (true and id(1)) end)]),
    io:format("~p~n", [r(fun() -> (id(foo) or true) end)]),
    F = fun(X) when X > 1, X < 10; X =:= 100 -> in; (_) -> out end,
    io:format("~p~n", [[F(5), F(100), F(50), F(0)]]),
    G = fun(X) when not is_atom(X) -> notatom; (_) -> atom end,
    io:format("~p~n", [[G(1), G(a)]]).
