#!/usr/bin/env escript
-module(err_uncaught_try_clause).
-mode(compile).
-export([main/1]).
-export([id/1]).
id(X) -> X.
main(_) ->
    try ?MODULE:id(unexpected) of
        expected -> ok
    catch
        _:_ -> caught
    end.
