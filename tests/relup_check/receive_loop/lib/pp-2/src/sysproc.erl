-module(sysproc).
-export([start_link/0, init/1, version/0,
         system_continue/3, system_terminate/4, system_code_change/4]).
version() -> 2.
start_link() -> proc_lib:start_link(?MODULE, init, [self()]).
init(Parent) -> proc_lib:init_ack({ok, self()}), loop(Parent, [], 0).
loop(Parent, Deb, N) ->
    receive
        {system, From, Req} -> sys:handle_system_msg(Req, From, Parent, ?MODULE, Deb, N);
        {add, K} -> loop(Parent, Deb, N + K)
    end.
system_continue(Parent, Deb, N) -> loop(Parent, Deb, N).
system_terminate(Reason, _Parent, _Deb, _N) -> exit(Reason).
system_code_change(N, _Mod, _OldVsn, _Extra) -> {ok, N}.
