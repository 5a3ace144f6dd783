-module(counter).
-behaviour(gen_server).
-export([start_link/0, init/1, handle_call/3, handle_cast/2, code_change/3]).
-record(state, {count = 0, total = 0}).
start_link() -> gen_server:start_link({local, counter}, ?MODULE, [], []).
init([]) -> {ok, #state{}}.
handle_call(get, _From, S) -> {reply, {S#state.count, S#state.total}, S}.
handle_cast(bump, S) -> {noreply, S#state{count = S#state.count + 1, total = S#state.total + 1}}.
code_change(_OldVsn, S, _Extra) -> {ok, S}.
