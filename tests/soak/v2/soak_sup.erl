%% The soak application's top supervisor: owns the table where every
%% worker writes its pid under its number (peers find each other there)
%% and supervises the workers' simple_one_for_one supervisor.
-module(soak_sup).
-behaviour(supervisor).
-export([start_link/0, init/1]).
start_link() -> supervisor:start_link({local, soak_sup}, ?MODULE, []).
init([]) ->
    soak_peers = ets:new(soak_peers, [named_table, public, {read_concurrency, true}]),
    {ok, {#{strategy => one_for_one},
          [#{id => soak_worker_sup, start => {soak_worker_sup, start_link, []},
             type => supervisor, modules => [soak_worker_sup]}]}}.
