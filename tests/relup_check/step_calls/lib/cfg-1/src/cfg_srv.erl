-module(cfg_srv).
-behaviour(gen_server).
-export([start_link/0, init/1, handle_call/3, handle_cast/2, code_change/3]).
start_link() -> gen_server:start_link({local, cfg_srv}, ?MODULE, [], []).
init([]) -> {ok, []}.
handle_call({get, K}, _From, S) -> {reply, proplists:get_value(K, S), S}.
handle_cast({set, K, V}, S) -> {noreply, [{K, V} | S]}.
code_change(_OldVsn, S, _Extra) -> {ok, S}.
