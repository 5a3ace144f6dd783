-module(q_srv).
-vsn("1").
-behaviour(gen_server).
-export([start_link/0, bump/0, get/0]).
-export([init/1, handle_call/3, handle_cast/2, code_change/3]).
start_link() -> gen_server:start_link({local, q_srv}, ?MODULE, [], []).
bump() -> gen_server:call(q_srv, bump).
get() -> gen_server:call(q_srv, get).
init([]) -> {ok, 0}.
handle_call(bump, _From, N) -> {reply, ok, N + 1};
handle_call(get, _From, N) -> {reply, {v1, N}, N}.
handle_cast(_Msg, S) -> {noreply, S}.
code_change(_OldVsn, S, _Extra) -> {ok, S}.
