-module(m).
-export([f/0]).
f() -> ok.
