%% relay_stream, version 1: one live stream. Each packet cast to it is
%% forwarded to the stream's sink as {relayed, Id, Seq, Tag, Payload}, in
%% order; the state counts what was forwarded.
-module(relay_stream).
-behaviour(gen_server).
-vsn("1").
-export([start_link/2, packet/3]).
-export([init/1, handle_call/3, handle_cast/2, handle_info/2, code_change/3]).

-record(state, {id, sink, forwarded = 0}).

start_link(Id, Sink) ->
    gen_server:start_link(?MODULE, {Id, Sink}, []).

packet(Stream, Seq, Payload) ->
    gen_server:cast(Stream, {packet, Seq, Payload}).

init({Id, Sink}) ->
    {ok, #state{id = Id, sink = Sink}}.

handle_call(stats, _From, #state{forwarded = N} = S) ->
    {reply, #{forwarded => N}, S}.

handle_cast({packet, Seq, Payload}, #state{id = Id, sink = Sink, forwarded = N} = S) ->
    Sink ! {relayed, Id, Seq, v1, Payload},
    {noreply, S#state{forwarded = N + 1}}.

handle_info(_Other, S) ->
    {noreply, S}.

code_change(_OldVsn, S, _Extra) ->
    {ok, S}.
