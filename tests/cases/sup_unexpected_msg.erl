#!/usr/bin/env escript
-module(sup_unexpected_msg).
-mode(compile).
-export([main/1, init/1]).
%% A supervisor logs messages it does not expect (an ERROR REPORT) and
%% carries on; an EXIT from a process that is not its child is ignored.
%% Also sys:get_status/get_state of a supervisor and its format_status.
main(_) ->
    {ok, Sup} = supervisor:start_link({local, quiet_sup}, ?MODULE, []),
    quiet_sup ! {hello, "world", [1, 2, 3]},
    Stranger = spawn(fun() -> receive go -> exit(odd) end end),
    link_from(Sup, Stranger),
    Stranger ! go,
    logger_std_h:filesync(default),
    io:format("alive: ~p~n", [is_process_alive(Sup)]),
    io:format("children: ~p~n", [supervisor:which_children(quiet_sup)]),
    {status, _, {module, M}, [_PDict, SysState, _Parent, _Dbg, Misc]} = sys:get_status(quiet_sup),
    io:format("status: ~p ~p~n", [M, SysState]),
    io:format("callback: ~p~n", [lists:keyfind(supervisor, 1, Misc)]),
    [{data, [{"State", State}]}] = [D || {data, [{"State", _}]} = D <- Misc],
    io:format("state: ~p~n", [setelement(2, State, name)]),
    io:format("format_status terminate: ~p~n",
              [setelement(2, supervisor:format_status(terminate, [[], State]), name)]),
    ok.

%% The supervisor links to Stranger (it runs the fun itself via sys).
link_from(Sup, Stranger) ->
    sys:replace_state(Sup, fun(S) -> link(Stranger), S end).

init([]) ->
    {ok, {#{strategy => one_for_all, intensity => 4, period => 7}, []}}.
