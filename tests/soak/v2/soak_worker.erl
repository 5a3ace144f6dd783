%% A soak worker, version 2: the state is a map, the peer comes from
%% soak_route, and tokens go as {token2, Hops, FromId}; version 1's
%% {token, Hops} is still taken (it may wait in the queue across the
%% upgrade). code_change/3 migrates the state both ways and counts the
%% migrations in it.
-module(soak_worker).
-vsn("2").
-behaviour(gen_server).
-export([start_link/2]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2, code_change/3]).

start_link(Id, Procs) -> gen_server:start_link(?MODULE, {Id, Procs}, []).

init({Id, Procs}) ->
    true = ets:insert(soak_peers, {Id, self()}),
    {ok, #{id => Id, procs => Procs, sent => 0, recv => 0, stopped => false, changes => 0}}.

handle_cast({token2, Hops, _From}, S) -> {noreply, pass(Hops, S)};
handle_cast({token, Hops}, S) -> {noreply, pass(Hops, S)}.

pass(_Hops, #{stopped := true, recv := R} = S) ->
    S#{recv := R + 1};
pass(Hops, #{id := Id, procs := Procs, sent := Sent, recv := R} = S) ->
    [{_, Peer}] = ets:lookup(soak_peers, soak_route:next(Id, Procs, Hops)),
    gen_server:cast(Peer, {token2, Hops + 1, Id}),
    S#{sent := Sent + 1, recv := R + 1}.

handle_call(stop_sending, _From, S) -> {reply, ok, S#{stopped := true}};
handle_call(vsn, _From, S) -> {reply, 2, S};
handle_call(stats, _From, #{sent := Sent, recv := R, changes := Ch} = S) ->
    {reply, {2, Sent, R, Ch}, S}.

handle_info(_Msg, S) -> {noreply, S}.

code_change("1", {w1, Id, Procs, Sent, Recv, Stopped, Ch}, _Extra) ->
    {ok, #{id => Id, procs => Procs, sent => Sent, recv => Recv, stopped => Stopped,
           changes => Ch + 1}};
code_change({down, "1"}, #{id := Id, procs := Procs, sent := Sent, recv := Recv,
                           stopped := Stopped, changes := Ch}, _Extra) ->
    {ok, {w1, Id, Procs, Sent, Recv, Stopped, Ch + 1}}.
