-module(cc_srv).
-vsn("1").
-behaviour(gen_server).
-export([start_link/1, init/1, handle_call/3, handle_cast/2, code_change/3]).
start_link(Id) -> gen_server:start_link({local, Id}, ?MODULE, Id, []).
init(Id) -> {ok, {Id, 100}}.
handle_call(get, _From, S) -> {reply, {v1, S}, S}.
handle_cast(_, S) -> {noreply, S}.
code_change(_Vsn, S, _Extra) -> {ok, S}.
