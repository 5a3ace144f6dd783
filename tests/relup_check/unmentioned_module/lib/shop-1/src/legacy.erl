-module(legacy).
-export([old/0]).
old() -> ok.
