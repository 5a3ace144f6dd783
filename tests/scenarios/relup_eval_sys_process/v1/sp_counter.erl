%% A special process written by hand: proc_lib + sys, no behaviour.
-module(sp_counter).
-vsn("1").
-export([start_link/1, start_loose/0, bump/1, read/1]).
-export([init/2, loop/3, system_continue/3, system_terminate/4,
         system_code_change/4, system_get_state/1, system_replace_state/2]).

start_link(Name) -> proc_lib:start_link(?MODULE, init, [self(), Name]).
%% the same code, outside any supervision tree
start_loose() -> proc_lib:start(?MODULE, init, [self(), none]).

bump(Name) -> P = pid(Name), P ! {bump, self()}, receive {P, R} -> R after 1000 -> no_reply end.
read(Name) -> P = pid(Name), P ! {read, self()}, receive {P, R} -> R after 1000 -> no_reply end.

pid(P) when is_pid(P) -> P;
pid(Name) -> whereis(Name).

init(Parent, Name) ->
    Name =:= none orelse register(Name, self()),
    proc_lib:init_ack(Parent, {ok, self()}),
    loop(Parent, sys:debug_options([]), 0).

%% v1 state: an integer
loop(Parent, Deb, N) ->
    receive
        {system, From, Req} -> sys:handle_system_msg(Req, From, Parent, ?MODULE, Deb, N);
        {bump, From} -> From ! {self(), N + 1}, ?MODULE:loop(Parent, Deb, N + 1);
        {read, From} -> From ! {self(), {v1, N}}, ?MODULE:loop(Parent, Deb, N)
    end.

system_continue(Parent, Deb, N) -> ?MODULE:loop(Parent, Deb, N).
system_terminate(Reason, _Parent, _Deb, _N) -> exit(Reason).
system_code_change(N, _Module, _OldVsn, _Extra) -> {ok, N}.
system_get_state(N) -> {ok, N}.
system_replace_state(F, N) -> N1 = F(N), {ok, N1, N1}.
