#!/usr/bin/env escript
-module(err_uncaught_in_lists_map).
-mode(compile).
-export([main/1]).
main(_) ->
    lists:map(fun(X) -> 10 div X end, [1, 2, 0, 3]).
