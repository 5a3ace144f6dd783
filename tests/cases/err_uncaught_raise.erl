#!/usr/bin/env escript
-module(err_uncaught_raise).
-mode(compile).
-export([main/1]).
main(_) ->
    erlang:raise(error, {raised, 42}, [{some_mod, some_fun, 3, [{file, "some_mod.erl"}, {line, 77}]}]).
