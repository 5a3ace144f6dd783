-module(dx_app).
-behaviour(application).
-export([start/2, stop/1, config_change/3]).
start(_Type, _Args) -> dx_sup:start_link().
stop(_State) -> ok.
config_change(Changed, New, Removed) ->
    io:format("  dx_app:config_change(~p, ~p, ~p)~n", [Changed, New, Removed]).
