-module(f_sup).
-vsn("5").
-behaviour(supervisor).
-export([start_link/0, init/1]).
start_link() -> supervisor:start_link({local, f_sup}, ?MODULE, []).
%% The new init/1 gives a child spec whose start is no MFA.
init([]) ->
    {ok, {#{strategy => one_for_one, intensity => 10, period => 5},
          [#{id => a, start => {f_srv, start_link, [a]}, modules => [f_srv]},
           #{id => b, start => not_an_mfa, modules => [f_srv]},
           #{id => f_loop, start => {f_loop, start_link, []}, modules => [f_loop]}]}}.
