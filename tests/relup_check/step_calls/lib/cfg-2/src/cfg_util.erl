-module(cfg_util).
-export([normalise/1, upgrade_state/1, downgrade_state/1]).
normalise(X) -> X.
upgrade_state(S) -> #{values => S}.
downgrade_state(#{values := S}) -> S.
