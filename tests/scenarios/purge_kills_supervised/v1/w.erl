-module(w).
-export([start_link/0, init/0, version/1]).
%% A supervised worker looping with local calls: it stays in the code it
%% started in until a purge kills it.
start_link() ->
    Pid = spawn_link(?MODULE, init, []),
    register(w, Pid),
    {ok, Pid}.
init() -> loop().
version(Pid) ->
    Pid ! {self(), version},
    receive {Pid, V} -> V end.
loop() ->
    receive {From, version} -> From ! {self(), vsn()}, loop() end.
vsn() -> 1.
