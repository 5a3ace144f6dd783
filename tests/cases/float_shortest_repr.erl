#!/usr/bin/env escript
-module(float_shortest_repr).
-mode(compile).
-export([main/1]).
main(_) ->
    Fs = [1.0e-5, 1.0e-4, 0.001, 0.01, 1.0e14, 1.0e15, 1.0e16, 1.0e17, 123456789012345.6,
          9.999999999999999e22, 1.0e23, 4.35, 0.1 * 3, 100.0 / 7, 2.0e-308, 1.5e300,
          33.0, 1.0e2, 1.25e-7, 7.0e9, 0.5e-6],
    [io:format("~p~n", [F]) || F <- Fs],
    io:format("~p~n", [[float_to_list(F, [short]) || F <- [0.1, 1.0e20, 5.0e-324]]]),
    io:format("~p~n", [[io_lib:format("~w", [F]) || F <- [1.0, 0.25]]]).
