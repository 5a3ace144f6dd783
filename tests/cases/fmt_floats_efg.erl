#!/usr/bin/env escript
-module(fmt_floats_efg).
-mode(compile).
-export([main/1]).
main(_) ->
    X = 3.14159265,
    io:format("~f|~e|~g~n", [X, X, X]),
    io:format("~.2f|~.2e|~.2g~n", [X, X, X]),
    io:format("~10.3f|~-10.3f|~10.3.0f~n", [X, X, X]),
    io:format("~5.2e|~15.4e|~-15.4e|~n", [X, X, X]),
    io:format("~f|~e|~g~n", [1.0e10, 1.0e10, 1.0e10]),
    io:format("~f|~e|~g~n", [0.0001, 0.0001, 0.0001]),
    io:format("~g|~g|~g|~g~n", [0.1, 100.0, 123456.0, 1234567.0]),
    io:format("~.1f|~.1f|~.1f|~.2f~n", [2.25, 0.05, 0.15, 2.675]),
    io:format("~f|~e~n", [-1.5, -1.5]),
    io:format("~f|~e|~g~n", [0.0, 0.0, 0.0]),
    io:format("~3.1f|~n", [123.456]),
    io:format("~*.*f|~n", [10, 4, X]),
    io:format("~10.2.xf|~n", [X]),
    io:format("~.10f~n", [1/3]),
    io:format("~.20e~n", [0.1]),
    io:format("~e~n", [1.0e-300]),
    io:format("~f~n", [1.0e20]),
    io:format("~.15g~n", [X]).
