#!/usr/bin/env escript
-module(expr_andalso_orelse).
-mode(compile).
-export([main/1]).
t() -> io:format("t called~n"), true.
f() -> io:format("f called~n"), false.
id(X) -> X.
r(F) -> try F() catch C:R -> {C, R} end.
main(_) ->
    io:format("~p~n", [true andalso t()]),
    io:format("~p~n", [false andalso t()]),
    io:format("~p~n", [true orelse f()]),
    io:format("~p~n", [false orelse f()]),
    io:format("~p~n", [true andalso 42]),
    io:format("~p~n", [false orelse {not_boolean}]),
    io:format("~p~n", [true andalso [1, 2]]),
    io:format("~p~n", [false andalso 42]),
    io:format("~p~n", [true orelse 42]),
    io:format("~p~n", [f() orelse t() andalso f()]),
    L = [1, 2, 3],
    io:format("~p~n", [is_list(L) andalso length(L) > 2]),
    io:format("~p~n", [is_atom(L) orelse hd(L) =:= 1]),
    io:format("~p~n", [r(fun() -> (id(not_a_bool) andalso true) end)]),
    G = fun(X) when is_integer(X) andalso X > 0 -> pos;
           (X) when is_integer(X) orelse is_float(X) -> nonpos_num;
           (_) -> other end,
    io:format("~p~n", [[G(5), G(-1), G(1.5), G(a)]]).
