-module(cc_sup).
-behaviour(supervisor).
-export([start_link/0, init/1]).
start_link() -> supervisor:start_link({local, cc_sup}, ?MODULE, []).
init([]) ->
    {ok, {#{strategy => one_for_one},
          [#{id => Id, start => {cc_srv, start_link, [Id]}, modules => [cc_srv]}
           || Id <- [one, two]]}}.
