#!/usr/bin/env escript
-module(lint_redefine_function).
-mode(compile).
-export([main/1]).
f() -> one.
f() -> two.
main(_) -> io:format("~p~n", [f()]).
