#!/usr/bin/env escript
-module(pp_if_elif).
-mode(compile).
-export([main/1]).
-define(V, 3).
-if(?V > 5).
which() -> big.
-elif(?V > 2).
which() -> medium.
-else.
which() -> small.
-endif.
-if(false).
this is not even valid erlang and is skipped.
-endif.
main(_) ->
    io:format("~p~n", [which()]).
