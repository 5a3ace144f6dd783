-module(pinger).
-export([start/0, loop/0]).
start() -> spawn(?MODULE, loop, []).
loop() -> receive {ping, From} -> From ! net_util:ping(From), ?MODULE:loop() end.
