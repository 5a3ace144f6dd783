%% A soak worker, version 1. Every token cast to it is counted as received
%% and, unless it was told to stop sending, passed on to a peer (counted
%% as sent); the peer is found by number in the soak_peers table. Version
%% 1 sends {token, Hops}; it also takes version 2's {token2, Hops, From},
%% which may wait in its queue across a downgrade.
%% State: {w1, Id, Procs, Sent, Received, Stopped, CodeChanges}.
-module(soak_worker).
-vsn("1").
-behaviour(gen_server).
-export([start_link/2]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2, code_change/3]).

start_link(Id, Procs) -> gen_server:start_link(?MODULE, {Id, Procs}, []).

init({Id, Procs}) ->
    true = ets:insert(soak_peers, {Id, self()}),
    {ok, {w1, Id, Procs, 0, 0, false, 0}}.

handle_cast({token, Hops}, S) -> {noreply, pass(Hops, S)};
handle_cast({token2, Hops, _From}, S) -> {noreply, pass(Hops, S)}.

pass(_Hops, {w1, Id, Procs, Sent, Recv, true, Ch}) ->
    {w1, Id, Procs, Sent, Recv + 1, true, Ch};
pass(Hops, {w1, Id, Procs, Sent, Recv, false, Ch}) ->
    [{_, Peer}] = ets:lookup(soak_peers, (Id * 17 + Hops) rem Procs + 1),
    gen_server:cast(Peer, {token, Hops + 1}),
    {w1, Id, Procs, Sent + 1, Recv + 1, false, Ch}.

handle_call(stop_sending, _From, S) -> {reply, ok, setelement(6, S, true)};
handle_call(vsn, _From, S) -> {reply, 1, S};
handle_call(stats, _From, {w1, _, _, Sent, Recv, _, Ch} = S) ->
    {reply, {1, Sent, Recv, Ch}, S}.

handle_info(_Msg, S) -> {noreply, S}.

code_change(_OldVsn, S, _Extra) -> {ok, S}.
