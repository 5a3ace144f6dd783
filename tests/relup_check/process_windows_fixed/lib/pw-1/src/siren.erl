-module(siren).
-export([test/0]).
test() -> ok.
