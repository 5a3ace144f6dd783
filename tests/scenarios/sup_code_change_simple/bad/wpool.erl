-module(wpool).
-vsn("3").
-behaviour(supervisor).
-export([start_link/0, init/1]).

start_link() -> supervisor:start_link({local, wpool}, ?MODULE, []).

%% Two specs: not valid for simple_one_for_one.
init([]) ->
    {ok, {#{strategy => simple_one_for_one},
          [#{id => a, start => {wk3, start_link, [bad]}},
           #{id => b, start => {wk3, start_link, [bad]}}]}}.
