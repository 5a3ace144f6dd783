-module(poller).
-export([start/0, version/0]).
version() -> 1.
start() -> spawn(fun() -> loop(0) end).
loop(N) ->
    receive
        {poll, From} -> reply(From, N)
    end.
reply(From, N) -> From ! {polled, N}, loop(N + 1).
