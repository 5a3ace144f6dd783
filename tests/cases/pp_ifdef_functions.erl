#!/usr/bin/env escript
-module(pp_ifdef_functions).
-mode(compile).
-export([main/1]).
-define(FEATURE_A, 1).
-ifdef(FEATURE_A).
feature() -> a_enabled.
-endif.
-ifdef(FEATURE_B).
feature_b() -> b_enabled.
-else.
feature_b() -> b_disabled.
-endif.
-ifndef(FEATURE_A).
never() -> ok.
-endif.
-ifdef(FEATURE_A).
-ifdef(FEATURE_B).
nested() -> both.
-else.
nested() -> only_a.
-endif.
-endif.
main(_) ->
    io:format("~p~n", [feature()]),
    io:format("~p~n", [feature_b()]),
    io:format("~p~n", [nested()]),
    io:format("~p~n", [erlang:function_exported(?MODULE, never, 0)]).
