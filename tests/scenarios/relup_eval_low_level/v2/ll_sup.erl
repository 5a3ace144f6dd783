-module(ll_sup).
-behaviour(supervisor).
-export([start_link/0, init/1]).
start_link() -> supervisor:start_link({local, ll_sup}, ?MODULE, []).
init([]) ->
    {ok, {#{strategy => one_for_one},
          [#{id => a, start => {ll_srv, start_link, [a]}, modules => [ll_srv]},
           #{id => b, start => {ll_srv, start_link, [b]}, modules => [ll_srv, ll_extra]},
           #{id => c, start => {ll_srv, start_link, [c]}, modules => dynamic}]}}.
