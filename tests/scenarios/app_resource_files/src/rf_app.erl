-module(rf_app).
-behaviour(application).
-export([start/2, stop/1]).
start(normal, Args) ->
    io:format("rf_app:start(normal, ~p) in ~p~n", [Args, application:get_application()]),
    supervisor:start_link({local, rf_sup}, rf_sup, []).
stop(_) -> io:format("rf_app:stop~n").
