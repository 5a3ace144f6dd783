-module(ra_app).
-behaviour(application).
-export([start/2, stop/1]).
start(_Type, _Args) ->
    io:format("  ra_app:start, v2, colour ~p~n", [application:get_env(ra, colour)]),
    ra_sup:start_link().
stop(_State) -> io:format("  ra_app:stop, v2~n").
