-module(q_srv).
-vsn("2").
-behaviour(gen_server).
-export([start_link/0, bump/0, get/0]).
-export([init/1, handle_call/3, handle_cast/2, code_change/3]).
start_link() -> gen_server:start_link({local, q_srv}, ?MODULE, [], []).
bump() -> gen_server:call(q_srv, bump).
get() -> gen_server:call(q_srv, get).
init([]) -> {ok, {0, []}}.
handle_call(bump, _From, {N, Log}) -> {reply, ok, {N + 1, [N | Log]}};
handle_call(get, _From, {N, Log}) -> {reply, {v2, N, Log}, {N, Log}}.
handle_cast(_Msg, S) -> {noreply, S}.
code_change("1", N, _Extra) -> {ok, {N, [upgraded]}};
code_change({down, "1"}, {N, _Log}, _Extra) -> {ok, N};
code_change(_OldVsn, S, _Extra) -> {ok, S}.
