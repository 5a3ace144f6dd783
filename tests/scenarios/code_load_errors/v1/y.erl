-module(y).
-export([version/0, loop/0]).
version() -> 1.
loop() -> receive {From, ping} -> From ! {pong, version()}, loop() end.
