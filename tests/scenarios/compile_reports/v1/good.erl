-module(good).
-export([f/0]).
f() -> ok.
g(X) -> X.
