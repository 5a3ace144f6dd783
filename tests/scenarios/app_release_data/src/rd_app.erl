-module(rd_app).
-behaviour(application).
-export([start/2, stop/1, config_change/3]).
start(normal, []) -> {ok, spawn_link(fun() -> receive never -> ok end end)}.
stop(_) -> ok.
config_change(Changed, New, Removed) ->
    io:format("config_change(~p, ~p, ~p) size=~w~n",
              [Changed, New, Removed, application:get_env(rd, size)]),
    ok.
