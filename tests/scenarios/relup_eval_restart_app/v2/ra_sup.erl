-module(ra_sup).
-behaviour(supervisor).
-export([start_link/0, init/1]).
start_link() -> supervisor:start_link({local, ra_sup}, ?MODULE, []).
init([]) ->
    {ok, {#{strategy => one_for_one},
          [#{id => srv, start => {ra_srv, start_link, []}, modules => [ra_srv]}]}}.
