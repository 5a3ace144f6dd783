#!/usr/bin/env escript
-module(bif_apply_dynamic).
-mode(compile).
-export([main/1]).
-export([cb/2]).
cb(A, B) -> {cb, A, B}.
main(_) ->
    Calls = [{lists, reverse, [[1, 2, 3]]}, {erlang, atom_to_list, [abc]}, {?MODULE, cb, [x, y]},
             {string, to_upper, ["hi"]}, {maps, get, [a, #{a => 1}]}, {erlang, '+', [2, 3]}],
    [io:format("~p~n", [apply(M, F, A)]) || {M, F, A} <- Calls],
    io:format("~p~n", [[erlang:apply(fun(X) -> X * 2 end, [N]) || N <- [1, 2]]]),
    io:format("~p~n", [erlang:function_exported(?MODULE, cb, 2)]),
    io:format("~p~n", [erlang:function_exported(?MODULE, main, 1)]),
    io:format("~p~n", [erlang:function_exported(lists, reverse, 1)]),
    io:format("~p~n", [erlang:function_exported(?MODULE, nonexistent, 0)]),
    io:format("~p~n", [try apply(lists, nonexistent, []) catch error:undef -> undef end]),
    io:format("~p~n", [try apply(fun(X) -> X end, [1, 2]) catch error:{badarity, _} -> badarity end]),
    F = list_to_atom("cb"),
    io:format("~p~n", [?MODULE:F(1, 2)]).
