#!/usr/bin/env escript
-module(pp_attributes_misc).
-mode(compile).
-export([main/1]).
-vsn("1.2.3").
-author("nobody").
-import(lists, [reverse/1, sum/1]).
-import(string, [to_upper/1]).
-compile(export_all).
-compile(nowarn_export_all).
-type color() :: red | green | blue.
-type tree(T) :: leaf | {node, tree(T), T, tree(T)}.
-spec paint(color()) -> {painted, color()}.
-spec main([string()]) -> ok.
-export_type([color/0, secret/0]).
-opaque secret() :: integer().
-callback foo() -> ok.
-record(r, {a :: integer(), b = 2 :: integer()}).
-dialyzer(no_return).
-my_custom_attr({anything, [1, 2]}).
paint(C) -> {painted, C}.
-spec depth(tree(any())) -> non_neg_integer().
depth(leaf) -> 0;
depth({node, L, _, R}) -> 1 + max(depth(L), depth(R)).
-spec sec(secret()) -> secret().
sec(X) -> X.
main(_) ->
    io:format("~p~n", [reverse([1, 2, 3])]),
    io:format("~p~n", [sum([1, 2, 3])]),
    io:format("~p~n", [to_upper("abc")]),
    io:format("~p~n", [paint(red)]),
    io:format("~p~n", [depth({node, {node, leaf, 1, leaf}, 2, leaf})]),
    io:format("~p~n", [#r{a = 1}]),
    io:format("~p~n", [sec(7)]).
