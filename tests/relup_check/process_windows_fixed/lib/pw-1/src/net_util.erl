-module(net_util).
-export([host/0]).
host() -> "localhost".
