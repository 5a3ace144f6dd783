-module(gauge).
-behaviour(gen_server).
-export([start_link/0, init/1, handle_call/3, handle_cast/2, code_change/3]).
-record(state, {level = 0}).
start_link() -> gen_server:start_link({local, gauge}, ?MODULE, [], []).
init([]) -> {ok, #state{}}.
handle_call(get, _From, S) -> {reply, S#state.level, S}.
handle_cast({set, L}, S) -> {noreply, S#state{level = L}}.
code_change(_OldVsn, S, _Extra) -> {ok, S}.
