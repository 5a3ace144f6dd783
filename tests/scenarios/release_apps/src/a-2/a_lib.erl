-module(a_lib).
-vsn("2").
-export([vsn/0, wait/0]).
vsn() -> 2.
wait() ->
    receive stop -> ok end.
