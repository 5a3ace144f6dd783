#!/usr/bin/env escript
-module(escript_no_export).
-mode(compile).
main(_) ->
    io:format("main without -export works~n"),
    io:format("~p~n", [helper(2)]).
helper(X) -> X * 21.
