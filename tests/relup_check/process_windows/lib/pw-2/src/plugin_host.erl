-module(plugin_host).
-export([start/1, loop/1]).
-callback init_plugin() -> ok.
-callback handle_job(term()) -> term().
start(Mod) -> spawn(?MODULE, loop, [Mod]).
loop(Mod) -> receive {job, J} -> Mod:handle_job(J), ?MODULE:loop(Mod) end.
