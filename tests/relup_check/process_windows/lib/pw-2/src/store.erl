-module(store).
-export([fetch/1]).
fetch(K) -> {value, K}.
