-module(meter).
-behaviour(gen_server).
-export([start_link/0, init/1, handle_call/3, handle_cast/2]).
-record(state, {readings = [], last}).
start_link() -> gen_server:start_link({local, meter}, ?MODULE, [], []).
init([]) -> {ok, #state{}}.
handle_call(get, _From, S) -> {reply, {S#state.last, S#state.readings}, S}.
handle_cast({read, R}, S) -> {noreply, S#state{readings = [R | S#state.readings], last = R}}.
