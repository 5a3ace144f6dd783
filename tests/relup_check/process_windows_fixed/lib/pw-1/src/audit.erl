-module(audit).
-export([start/0]).
start() -> ok.
