%% sys_rounds: the sys round trips of upgrade_10k, repeated, for profiles.
%% Usage: sys_rounds P R Phase: P plain gen_servers, then R rounds of Phase:
%%   suspend_resume  sys:suspend on each server, then sys:resume on each;
%%   change_code     suspend on each, sys:change_code on each, resume on each;
%%   call            one gen_server:call on each.
%% Callgrind at R=3 minus R=1, divided by the operations of two rounds, gives
%% the instructions of one operation without start-up (benches/perf_log_calls.md).
-module(sys_rounds).
-export([main/1, init/1, handle_call/3, handle_cast/2, code_change/3]).
-mode(compile).
main([PA, RA, Ph]) ->
    P = list_to_integer(PA), R = list_to_integer(RA),
    Pids = [begin {ok, Pid} = gen_server:start(?MODULE, I, []), Pid end || I <- lists:seq(1, P)],
    T0 = erlang:monotonic_time(microsecond),
    run(list_to_atom(Ph), Pids, R),
    T1 = erlang:monotonic_time(microsecond),
    io:format("~s P=~p R=~p us=~p per_op_ns=~p~n", [Ph, P, R, T1 - T0, (T1 - T0) * 1000 div (P * R)]).

run(_, _, 0) -> ok;
run(suspend_resume, Pids, R) ->
    [ok = sys:suspend(P) || P <- Pids],
    [ok = sys:resume(P) || P <- Pids],
    run(suspend_resume, Pids, R - 1);
run(change_code, Pids, R) ->
    [ok = sys:suspend(P) || P <- Pids],
    [ok = sys:change_code(P, ?MODULE, 1, []) || P <- Pids],
    [ok = sys:resume(P) || P <- Pids],
    run(change_code, Pids, R - 1);
run(call, Pids, R) ->
    [1 = gen_server:call(P, bump) || P <- Pids],
    run(call, Pids, R - 1).

init(I) -> {ok, {I, 0}}.
handle_call(bump, _From, {I, _}) -> {reply, 1, {I, 1}}.
handle_cast(_, S) -> {noreply, S}.
code_change(_, S, _) -> {ok, S}.
