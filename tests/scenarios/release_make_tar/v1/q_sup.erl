-module(q_sup).
-behaviour(supervisor).
-export([start_link/0, init/1]).
start_link() -> supervisor:start_link({local, q_sup}, ?MODULE, []).
init([]) ->
    {ok, {#{strategy => one_for_one},
          [#{id => q_srv, start => {q_srv, start_link, []}, modules => [q_srv]}]}}.
