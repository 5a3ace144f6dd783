-module(gauge).
-export([zero/0, read/0]).
zero() -> 0.
read() -> 42.
