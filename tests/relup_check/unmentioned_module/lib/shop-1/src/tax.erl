-module(tax).
-export([rate/0]).
rate() -> 20.
