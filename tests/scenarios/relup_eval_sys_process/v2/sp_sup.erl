-module(sp_sup).
-behaviour(supervisor).
-export([start_link/0, init/1]).
start_link() -> supervisor:start_link({local, sp_sup}, ?MODULE, []).
init([]) ->
    {ok, {#{strategy => one_for_one},
          [#{id => counter, start => {sp_counter, start_link, [sp_counter]},
             modules => [sp_counter]}]}}.
