-module(st_worker).
-vsn("1").
-behaviour(gen_server).
-export([start_link/1, init/1, handle_call/3, handle_cast/2, code_change/3]).

start_link(Id) -> gen_server:start_link({local, Id}, ?MODULE, Id, []).
init(Id) -> {ok, {Id, v1}}.
handle_call(get, _From, S) -> {reply, {v1, S}, S}.
%% blocks the server (no system messages are served) until unblocked
handle_cast(block, S) ->
    receive unblock -> {noreply, S} end.
code_change(_OldVsn, S, _Extra) -> {ok, S}.
