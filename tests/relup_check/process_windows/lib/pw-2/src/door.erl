-module(door).
-behaviour(gen_statem).
-export([init/1, callback_mode/0, locked/3, open/3, code_change/4]).
init([]) -> {ok, locked, []}.
callback_mode() -> state_functions.
locked(cast, unlock, D) -> audit:log(unlock), {next_state, open, D}.
open(cast, lock, D) -> {next_state, locked, D}.
code_change(_, S, D, _) -> {ok, S, D}.
