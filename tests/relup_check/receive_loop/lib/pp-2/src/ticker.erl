-module(ticker).
-export([start/0, loop/1, version/0]).
version() -> 2.
start() -> spawn(?MODULE, loop, [0]).
loop(N) ->
    receive
        {tick, From} -> From ! {tock, N}, ?MODULE:loop(N + 1)
    end.
