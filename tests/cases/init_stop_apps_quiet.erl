#!/usr/bin/env escript
%% init:stop/0 stops the running applications without the
%% `exited: stopped` report application:stop/1 gives (the report would
%% show at the default logger level).
-mode(compile).

main(_) ->
    io:format("~p~n", [application:start(sasl)]),
    io:format("~p~n", [init:stop()]),
    receive after infinity -> ok end.
