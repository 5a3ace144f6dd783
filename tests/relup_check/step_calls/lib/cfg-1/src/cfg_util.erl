-module(cfg_util).
-export([normalise/1]).
normalise(X) -> X.
