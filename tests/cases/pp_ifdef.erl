#!/usr/bin/env escript
-module(pp_ifdef).
-mode(compile).
-export([main/1]).
-define(DEBUG, true).
-define(LEVEL, 3).
-ifdef(DEBUG).
-define(LOG(X), {debug, X}).
-else.
-define(LOG(X), {nodebug, X}).
-endif.
-ifndef(MISSING).
-define(M, missing_not_defined).
-else.
-define(M, missing_defined).
-endif.
-ifdef(MISSING).
-define(N, 1).
-else.
-define(N, 2).
-endif.
-undef(DEBUG).
-ifdef(DEBUG).
-define(AFTER_UNDEF, still_defined).
-else.
-define(AFTER_UNDEF, undefined_now).
-endif.
-define(DEBUG, redefined).
-ifdef(DEBUG).
f() -> one.
-else.
f() -> two.
-endif.
main(_) ->
    io:format("~p~n", [?LOG(hello)]),
    io:format("~p~n", [?M]),
    io:format("~p~n", [?N]),
    io:format("~p~n", [?AFTER_UNDEF]),
    io:format("~p~n", [?DEBUG]),
    io:format("~p~n", [f()]),
    io:format("~p~n", [?LEVEL]).
