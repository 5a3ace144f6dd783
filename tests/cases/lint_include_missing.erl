#!/usr/bin/env escript
-module(lint_include_missing).
-mode(compile).
-export([main/1]).
-include("include/does_not_exist.hrl").
main(_) -> io:format("x~n").
