#!/usr/bin/env escript
-module(err_uncaught_badarg).
-mode(compile).
-export([main/1]).
-export([id/1]).
id(X) -> X.
main(_) ->
    io:format("~p~n", [atom_to_list(?MODULE:id("not an atom"))]).
