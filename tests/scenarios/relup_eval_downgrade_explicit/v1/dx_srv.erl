-module(dx_srv).
-vsn("1").
-behaviour(gen_server).
-export([start_link/0, init/1, handle_call/3, handle_cast/2, code_change/3]).
start_link() -> gen_server:start_link({local, dx_srv}, ?MODULE, [], []).
init([]) -> {ok, {state, 1}}.
handle_call(get, _From, S) -> {reply, S, S}.
handle_cast(_, S) -> {noreply, S}.
code_change(_Vsn, S, _Extra) -> {ok, S}.
