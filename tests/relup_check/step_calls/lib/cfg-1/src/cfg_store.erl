-module(cfg_store).
-export([get/1]).
get(_Key) -> undefined.
