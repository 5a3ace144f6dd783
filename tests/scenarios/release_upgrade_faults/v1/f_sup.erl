-module(f_sup).
-vsn("1").
-behaviour(supervisor).
-export([start_link/0, init/1]).
start_link() -> supervisor:start_link({local, f_sup}, ?MODULE, []).
init([]) ->
    {ok, {#{strategy => one_for_one, intensity => 10, period => 5},
          [#{id => a, start => {f_srv, start_link, [a]}, modules => [f_srv]},
           #{id => b, start => {f_srv, start_link, [b]}, modules => [f_srv]},
           #{id => f_loop, start => {f_loop, start_link, []}, modules => [f_loop]}]}}.
