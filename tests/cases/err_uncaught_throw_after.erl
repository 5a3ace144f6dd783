#!/usr/bin/env escript
-module(err_uncaught_throw_after).
-mode(compile).
-export([main/1]).
main(_) ->
    try
        throw(from_try)
    after
        io:format("after clause runs before the crash is reported~n")
    end.
