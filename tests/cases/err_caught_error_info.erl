#!/usr/bin/env escript
-module(err_caught_error_info).
-mode(compile).
-export([main/1]).
id(X) -> X.
info(F) ->
    try F() catch error:R:St -> [{M, Fn, A, I} | _] = St, {R, M, Fn, is_list(A) orelse A, proplists:get_value(error_info, I)} end.
main(_) ->
    io:format("~p~n", [info(fun() -> atom_to_list(id(1)) end)]),
    io:format("~p~n", [info(fun() -> binary_to_list(id(x)) end)]),
    io:format("~p~n", [info(fun() -> id(1) + id(a) end)]),
    io:format("~p~n", [info(fun() -> maps:get(id(k), id(#{})) end)]),
    io:format("~p~n", [info(fun() -> list_to_integer(id("x")) end)]),
    io:format("~p~n", [info(fun() -> element(id(3), id({})) end)]).
