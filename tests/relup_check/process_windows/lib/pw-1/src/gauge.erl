-module(gauge).
-export([zero/0]).
zero() -> 0.
