-module(shell_bad).
-export([f/0]).
f() -> Y.
