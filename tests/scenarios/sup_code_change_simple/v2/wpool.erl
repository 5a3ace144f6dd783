-module(wpool).
-vsn("2").
-behaviour(supervisor).
-export([start_link/0, init/1]).

start_link() -> supervisor:start_link({local, wpool}, ?MODULE, []).

%% v2: new template arguments, a new restart type and intensity.
init([]) ->
    {ok, {#{strategy => simple_one_for_one, intensity => 9, period => 10},
          [#{id => w2, start => {wk3, start_link, [v2]}, restart => transient}]}}.
