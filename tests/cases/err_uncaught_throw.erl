#!/usr/bin/env escript
-module(err_uncaught_throw).
-mode(compile).
-export([main/1]).
main(_) ->
    io:format("throwing~n"),
    throw({my_ball, [1, 2, 3]}).
