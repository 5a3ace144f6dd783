#!/usr/bin/env escript
-module(pp_macro_overload_stringify).
-mode(compile).
-export([main/1]).
-define(F(), zero_args).
-define(F(A), {one_arg, A}).
-define(F(A, B), {two_args, A, B}).
-define(SHOW(E), io:format("~s = ~p~n", [??E, E])).
-define(Q(X), ??X).
main(_) ->
    io:format("~p~n", [?F()]),
    io:format("~p~n", [?F(1)]),
    io:format("~p~n", [?F(1, 2)]),
    ?SHOW(1 + 2),
    ?SHOW(lists:reverse([1, 2, 3])),
    ?SHOW({a, "str", $c}),
    io:format("~p~n", [?Q([x, y | z])]),
    io:format("~p~n", [?Q('quoted atom')]),
    io:format("~p~n", [?Q(<<"bin">>)]).
