#!/usr/bin/env escript
-module(fmt_misc_directives).
-mode(compile).
-export([main/1]).
main(_) ->
    io:format("100~~ literal~n"),
    io:format("~i[ignored]~n", [ignored_arg]),
    io:format("a~nb~n"),
    io:format("~3n"),
    io:format("no args~n", []).
