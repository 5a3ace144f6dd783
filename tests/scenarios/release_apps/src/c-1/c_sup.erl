-module(c_sup).
-behaviour(supervisor).
-export([start_link/0, init/1]).
start_link() -> supervisor:start_link({local, c_sup}, ?MODULE, []).
init([]) ->
    {ok, {#{strategy => one_for_one},
          [#{id => c_srv, start => {c_srv, start_link, []}, modules => [c_srv]}]}}.
