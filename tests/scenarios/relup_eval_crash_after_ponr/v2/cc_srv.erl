-module(cc_srv).
-vsn("2").
-behaviour(gen_server).
-export([start_link/1, init/1, handle_call/3, handle_cast/2, code_change/3]).
start_link(Id) -> gen_server:start_link({local, Id}, ?MODULE, Id, []).
init(Id) -> {ok, #{id => Id, share => 100}}.
handle_call(get, _From, S) -> {reply, {v2, S}, S}.
handle_cast(_, S) -> {noreply, S}.
%% divides by the new weight: 'zero' for `two` is not a number
code_change("1", {Id, Amount}, _Extra) ->
    io:format("  cc_srv:code_change(\"1\", ~p, [])~n", [{Id, Amount}]),
    {ok, #{id => Id, share => Amount / cc_util:weight(Id)}}.
