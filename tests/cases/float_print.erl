#!/usr/bin/env escript
-module(float_print).
-mode(compile).
-export([main/1]).
main(_) ->
    Fs = [0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.0e-5, 123.456, 1.0e20, 1.0e21, 1.0e22, 3.0e-300,
          100.0, 1000000.0, 1.0e-10, 0.30000000000000004, 2/3, 1/3, 1.7976931348623157e308,
          5.0e-324, 9007199254740992.0, 123456789012.0],
    [io:format("~p ~w~n", [F, F]) || F <- Fs],
    io:format("~p~n", [Fs]),
    io:format("~p~n", [float(42)]),
    io:format("~p~n", [-0.0 + 0.0]).
