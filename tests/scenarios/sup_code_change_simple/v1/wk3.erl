-module(wk3).
-export([start_link/2, init/2]).
start_link(Tag, Name) -> {ok, proc_lib:spawn_link(?MODULE, init, [Tag, Name])}.
init(Tag, Name) -> loop({Tag, Name}).
loop(S) -> receive {get, From} -> From ! {S, self()}, loop(S) end.
