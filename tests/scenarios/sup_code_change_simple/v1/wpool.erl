-module(wpool).
-vsn("1").
-behaviour(supervisor).
-export([start_link/0, init/1]).

start_link() -> supervisor:start_link({local, wpool}, ?MODULE, []).

init([]) ->
    {ok, {#{strategy => simple_one_for_one, intensity => 3, period => 10},
          [#{id => w, start => {wk3, start_link, [v1]}, restart => permanent}]}}.
