-module(w).
-export([version/0]).
version() -> 1.
