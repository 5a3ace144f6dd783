%% A special process written by hand: proc_lib + sys, no behaviour.
-module(sp_counter).
-vsn("2").
-export([start_link/1, start_loose/0, bump/1, read/1]).
-export([init/2, loop/3, system_continue/3, system_terminate/4,
         system_code_change/4, system_get_state/1, system_replace_state/2]).

start_link(Name) -> proc_lib:start_link(?MODULE, init, [self(), Name]).
start_loose() -> proc_lib:start(?MODULE, init, [self(), none]).

bump(Name) -> P = pid(Name), P ! {bump, self()}, receive {P, R} -> R after 1000 -> no_reply end.
read(Name) -> P = pid(Name), P ! {read, self()}, receive {P, R} -> R after 1000 -> no_reply end.

pid(P) when is_pid(P) -> P;
pid(Name) -> whereis(Name).

init(Parent, Name) ->
    Name =:= none orelse register(Name, self()),
    proc_lib:init_ack(Parent, {ok, self()}),
    loop(Parent, sys:debug_options([]), {total, 0}).

%% v2 state: {total, N}; an unmigrated integer is shown as it is
loop(Parent, Deb, S) ->
    receive
        {system, From, Req} -> sys:handle_system_msg(Req, From, Parent, ?MODULE, Deb, S);
        {bump, From} -> {total, N} = S, From ! {self(), N + 1}, ?MODULE:loop(Parent, Deb, {total, N + 1});
        {read, From} -> From ! {self(), {v2, S}}, ?MODULE:loop(Parent, Deb, S)
    end.

system_continue(Parent, Deb, S) -> ?MODULE:loop(Parent, Deb, S).
system_terminate(Reason, _Parent, _Deb, _S) -> exit(Reason).
system_code_change(N, Module, OldVsn, Extra) when is_integer(N) ->
    io:format("  sp_counter:system_code_change(~p, ~p, ~p, ~p)~n", [N, Module, OldVsn, Extra]),
    {ok, {total, N}};
system_code_change({total, N} = S, Module, OldVsn, Extra) ->
    io:format("  sp_counter:system_code_change(~p, ~p, ~p, ~p)~n", [S, Module, OldVsn, Extra]),
    {ok, N}.
system_get_state(S) -> {ok, S}.
system_replace_state(F, S) -> S1 = F(S), {ok, S1, S1}.
