-module(store).
-export([get/1]).
get(K) -> {value, K}.
