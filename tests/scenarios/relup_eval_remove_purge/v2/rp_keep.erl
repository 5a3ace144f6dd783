-module(rp_keep).
-export([version/0, loop/0]).
version() -> 2.
loop() -> receive stop -> ok end.
