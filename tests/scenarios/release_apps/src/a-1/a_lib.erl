-module(a_lib).
-vsn("1").
-export([vsn/0, wait/0]).
vsn() -> 1.
wait() ->
    receive stop -> ok end.
