-module(st_worker).
-vsn("2").
-behaviour(gen_server).
-export([start_link/1, init/1, handle_call/3, handle_cast/2, code_change/3]).

start_link(Id) -> gen_server:start_link({local, Id}, ?MODULE, Id, []).
init(Id) -> {ok, #{id => Id}}.
handle_call(get, _From, S) -> {reply, {v2, S}, S}.
handle_cast(block, S) ->
    receive unblock -> {noreply, S} end.
code_change("1", {Id, v1}, Extra) ->
    io:format("  st_worker:code_change(\"1\", ~p, ~p)~n", [{Id, v1}, Extra]),
    {ok, #{id => Id, extra => Extra}}.
