#!/usr/bin/env escript
-module(lint_attribute_after_function).
-mode(compile).
-export([main/1]).
f() -> ok.
-export([f/0]).
main(_) -> io:format("~p~n", [f()]).
