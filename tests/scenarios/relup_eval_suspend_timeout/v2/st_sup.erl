-module(st_sup).
-behaviour(supervisor).
-export([start_link/0, init/1]).
start_link() -> supervisor:start_link({local, st_sup}, ?MODULE, []).
init([]) ->
    {ok, {#{strategy => one_for_one},
          [#{id => Id, start => {st_worker, start_link, [Id]}, modules => [st_worker]}
           || Id <- [fast, stuck]]}}.
