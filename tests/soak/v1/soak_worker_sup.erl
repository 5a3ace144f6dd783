%% The workers' supervisor. Workers are temporary: a worker that dies
%% stays dead, so the soak's monitors count every death.
-module(soak_worker_sup).
-behaviour(supervisor).
-export([start_link/0, init/1]).
start_link() -> supervisor:start_link({local, soak_worker_sup}, ?MODULE, []).
init([]) ->
    {ok, {#{strategy => simple_one_for_one},
          [#{id => soak_worker, start => {soak_worker, start_link, []},
             restart => temporary, modules => [soak_worker]}]}}.
