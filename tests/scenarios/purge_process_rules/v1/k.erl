-module(k).
-export([loop/0, make_fun/0, version/0]).

version() -> 1.

make_fun() -> fun() -> {made_by, 1} end.

loop() ->
    receive
        {From, ping} -> From ! {pong, version()}, loop()
    end.
