-module(rp_keep).
-export([version/0, loop/0]).
version() -> 1.
loop() -> receive stop -> ok end.
