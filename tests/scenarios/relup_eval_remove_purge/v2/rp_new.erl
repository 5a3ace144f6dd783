-module(rp_new).
-export([hello/0]).
hello() -> hello_from_rp_new.
