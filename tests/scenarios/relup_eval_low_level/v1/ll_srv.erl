-module(ll_srv).
-vsn(first).
-behaviour(gen_server).
-export([start_link/1, init/1, handle_call/3, handle_cast/2, handle_info/2, code_change/3]).
start_link(Id) -> gen_server:start_link({local, Id}, ?MODULE, Id, []).
init(Id) -> {ok, Id}.
handle_call(get, _From, S) -> {reply, S, S}.
handle_cast(_, S) -> {noreply, S}.
%% the release handler asks a child with modules => dynamic with
%% gen:call(Pid, self(), get_modules), as it asks gen_event processes
handle_info({_Label, From, get_modules}, S) ->
    gen_server:reply(From, [ll_srv, ll_dyn]),
    {noreply, S}.
code_change(OldVsn, S, Extra) ->
    io:format("  ll_srv:code_change(~p, ~p, ~p)~n", [OldVsn, S, Extra]),
    {ok, S}.
