-module(cfg_store).
-export([get/1, migrate/0]).
get(_Key) -> undefined.
migrate() -> ok.
