%% relay_sup: supervises the relay's streams, one relay_stream process per
%% live stream (simple_one_for_one), started by open/2.
-module(relay_sup).
-behaviour(supervisor).
-vsn("2").
-export([start_link/0, open/2, init/1]).

start_link() ->
    supervisor:start_link({local, ?MODULE}, ?MODULE, []).

%% A new stream relaying to Sink.
open(Id, Sink) ->
    supervisor:start_child(?MODULE, [Id, Sink]).

init([]) ->
    Stream = #{id => relay_stream, start => {relay_stream, start_link, []},
               restart => transient, shutdown => 1000, type => worker,
               modules => [relay_stream]},
    {ok, {#{strategy => simple_one_for_one, intensity => 10, period => 10}, [Stream]}}.
