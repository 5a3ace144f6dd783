-module(cfg_log).
-export([note/1]).
note(What) -> {logged, 2, What}.
