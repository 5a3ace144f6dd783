-module(b_srv).
-behaviour(gen_server).
-export([start_link/0, init/1, handle_call/3, handle_cast/2]).
start_link() -> gen_server:start_link({local, b_srv}, ?MODULE, [], []).
init([]) -> {ok, []}.
handle_call(get, _From, S) -> {reply, {b, application:get_env(b, colour)}, S}.
handle_cast(_Msg, S) -> {noreply, S}.
