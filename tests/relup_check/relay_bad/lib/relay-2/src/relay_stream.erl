%% relay_stream, version 2: as version 1, and each stream also counts the
%% bytes it forwarded (relay_meter, a module new in this version); packets
%% are tagged v2. code_change/3 adds the byte count to a version 1 state,
%% and takes it away again on the way back.
-module(relay_stream).
-behaviour(gen_server).
-vsn("2").
-export([start_link/2, packet/3]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2, code_change/3]).

-record(state, {id, sink, forwarded = 0, bytes = 0}).

start_link(Id, Sink) ->
    gen_server:start_link(?MODULE, {Id, Sink}, []).

packet(Stream, Seq, Payload) ->
    gen_server:cast(Stream, {packet, Seq, Payload}).

init({Id, Sink}) ->
    {ok, #state{id = Id, sink = Sink}}.

handle_call(stats, _From, #state{forwarded = N, bytes = B} = S) ->
    {reply, #{forwarded => N, bytes => B}, S}.

handle_cast({packet, Seq, Payload}, #state{id = Id, sink = Sink, forwarded = N, bytes = B} = S) ->
    Sink ! {relayed, Id, Seq, v2, Payload},
    {noreply, S#state{forwarded = N + 1, bytes = B + relay_meter:size(Payload)}}.

handle_info(_Other, S) ->
    {noreply, S}.

%% From version 1: the bytes forwarded so far are not known; count from 0.
code_change("1", {state, Id, Sink, Forwarded}, _Extra) ->
    {ok, #state{id = Id, sink = Sink, forwarded = Forwarded, bytes = 0}};
%% Back to version 1. relay_stream is an ordinary (dynamic) module, so on a
%% downgrade the release handler calls code_change BEFORE loading version
%% 1: this clause, in the version being replaced, must give version 1's
%% state, which version 1's code then carries on with.
code_change({down, "1"}, #state{id = Id, sink = Sink, forwarded = Forwarded}, _Extra) ->
    {ok, {state, Id, Sink, Forwarded}};
code_change(_OldVsn, S, _Extra) ->
    {ok, S}.
