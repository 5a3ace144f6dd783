#!/usr/bin/env escript
-module(lint_no_main).
-mode(compile).
-export([start/0]).
start() -> io:format("no main here~n").
