-module(rp_old).
-export([loop/0]).
loop() -> receive stop -> ok end.
