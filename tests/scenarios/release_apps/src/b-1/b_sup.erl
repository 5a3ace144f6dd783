-module(b_sup).
-behaviour(supervisor).
-export([start_link/0, init/1]).
start_link() -> supervisor:start_link({local, b_sup}, ?MODULE, []).
init([]) ->
    {ok, {#{strategy => one_for_one},
          [#{id => b_srv, start => {b_srv, start_link, []}, modules => [b_srv]}]}}.
