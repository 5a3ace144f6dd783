-module(gone).
-export([start/0]).
start() -> spawn(fun loop/0).
loop() -> receive _ -> loop() end.
