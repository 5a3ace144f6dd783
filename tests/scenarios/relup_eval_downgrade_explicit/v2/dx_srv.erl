-module(dx_srv).
-vsn("2").
-behaviour(gen_server).
-export([start_link/0, init/1, handle_call/3, handle_cast/2, code_change/3]).
start_link() -> gen_server:start_link({local, dx_srv}, ?MODULE, [], []).
init([]) -> {ok, #{state => 2}}.
handle_call(get, _From, S) -> {reply, S, S}.
handle_cast(_, S) -> {noreply, S}.
code_change("1", {state, N}, Extra) ->
    io:format("  dx_srv:code_change(\"1\", ~p, ~p)~n", [{state, N}, Extra]),
    {ok, #{state => N}};
code_change({down, Vsn}, #{state := N}, Extra) ->
    io:format("  dx_srv:code_change(~p, ~p, ~p)~n", [{down, Vsn}, #{state => N}, Extra]),
    {ok, {state, N}}.
