-module(dx_sup).
-behaviour(supervisor).
-export([start_link/0, init/1]).
start_link() -> supervisor:start_link({local, dx_sup}, ?MODULE, []).
init([]) ->
    {ok, {#{strategy => one_for_one},
          [#{id => srv, start => {dx_srv, start_link, []}, modules => [dx_srv]}]}}.
