#!/usr/bin/env escript
-module(fmt_c_chars).
-mode(compile).
-export([main/1]).
main(_) ->
    io:format("[~c]~n", [$a]),
    io:format("[~5c]~n", [$b]),
    io:format("[~-5c]~n", [$c]),
    io:format("[~.3c]~n", [$d]),
    io:format("[~5.3c]~n", [$e]),
    io:format("[~*c]~n", [4, $f]),
    io:format("[~c~c~c]~n", [$x, $y, $z]),
    io:format("[~c]~n", [10]),
    io:format("[~-6.2c]~n", [$g]),
    io:format("[~tc]~n", [$h]),
    io:format("[~5.3.-c]~n", [$i]).
