-module(s).
-behaviour(supervisor).
-export([start_link/0, init/1]).
start_link() -> supervisor:start_link({local, s}, ?MODULE, []).
init([]) ->
    {ok, {#{strategy => one_for_one, intensity => 10, period => 5},
          [#{id => w, start => {w, start_link, []}, modules => [w]}]}}.
