-module(rf_sup).
-behaviour(supervisor).
-export([init/1]).
init([]) -> {ok, {#{strategy => one_for_one}, []}}.
