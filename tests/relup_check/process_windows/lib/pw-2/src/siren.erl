-module(siren).
-export([test/0, ring/0]).
test() -> ok.
ring() -> ring.
