-module(sm_door).
-vsn("1").
-behaviour(gen_statem).
-export([start_link/0, push/0, peek/0]).
-export([init/1, callback_mode/0, locked/3, open/3, code_change/4]).

start_link() -> gen_statem:start_link({local, sm_door}, ?MODULE, [], []).
push() -> gen_statem:call(sm_door, push).
peek() -> gen_statem:call(sm_door, peek).

init([]) -> {ok, locked, 0}.
callback_mode() -> state_functions.

%% v1 data: the number of pushes
locked({call, From}, push, N) -> {next_state, open, N + 1, [{reply, From, {open, N + 1}}]};
locked({call, From}, peek, N) -> {keep_state_and_data, [{reply, From, {v1, locked, N}}]}.
open({call, From}, push, N) -> {next_state, locked, N + 1, [{reply, From, {locked, N + 1}}]};
open({call, From}, peek, N) -> {keep_state_and_data, [{reply, From, {v1, open, N}}]}.

code_change(_OldVsn, State, Data, _Extra) -> {ok, State, Data}.
