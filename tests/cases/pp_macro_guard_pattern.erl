#!/usr/bin/env escript
-module(pp_macro_guard_pattern).
-mode(compile).
-export([main/1]).
-define(IS_SMALL(X), (is_integer(X) andalso X < 10)).
-define(OK(V), {ok, V}).
-define(ERR, {error, _}).
-define(IN_RANGE(X, Lo, Hi), X >= Lo, X =< Hi).
f(X) when ?IS_SMALL(X) -> small;
f(_) -> other.
g(?OK(V)) -> V;
g(?ERR) -> failed.
h(X) when ?IN_RANGE(X, 1, 5) -> in;
h(_) -> out.
main(_) ->
    io:format("~p~n", [[f(3), f(30), f(a)]]),
    io:format("~p~n", [[g({ok, 1}), g({error, x})]]),
    io:format("~p~n", [[h(0), h(3), h(6)]]),
    case {ok, 7} of ?OK(N) -> io:format("~p~n", [N]) end.
