-module(f_loop).
-vsn("3").
-export([start_link/0, init/0, version/0]).
%% A plain process looping with local calls: it stays in the code it
%% started in until it is killed.
start_link() ->
    Pid = spawn_link(?MODULE, init, []),
    register(f_loop, Pid),
    {ok, Pid}.
init() -> loop().
version() ->
    f_loop ! {self(), version},
    receive {f_loop, V} -> V end.
loop() ->
    receive {From, version} -> From ! {f_loop, vsn()}, loop() end.
vsn() -> 3.
