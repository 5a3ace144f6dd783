-module(k).
-export([loop/0, make_fun/0, version/0]).

version() -> 2.

make_fun() -> fun() -> {made_by, 2} end.

loop() ->
    receive
        {From, ping} -> From ! {pong, version()}, loop()
    end.
