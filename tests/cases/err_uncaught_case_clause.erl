#!/usr/bin/env escript
-module(err_uncaught_case_clause).
-mode(compile).
-export([main/1]).
-export([id/1]).
id(X) -> X.
main(_) ->
    case ?MODULE:id({unexpected, [1, 2, 3]}) of
        ok -> ok;
        {error, _} -> error
    end.
