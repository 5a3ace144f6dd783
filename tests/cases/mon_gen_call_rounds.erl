#!/usr/bin/env escript
%% gen:call's monitor, alias and timeout as seen around many round trips:
%% the server's monitored_by after the callers demonitor, a call that
%% times out while the server is suspended (its late reply is dropped),
%% and receive deadlines long enough to be kept by a worker before they
%% join the timer queue.
-module(mon_gen_call_rounds).
-mode(compile).
-behaviour(gen_server).
-export([main/1, init/1, handle_call/3, handle_cast/2]).

init(N) -> {ok, N}.
handle_call(bump, _From, N) -> {reply, N + 1, N + 1};
handle_call(get, _From, N) -> {reply, N, N}.
handle_cast(_, N) -> {noreply, N}.

main(_) ->
    {ok, S} = gen_server:start(?MODULE, 0, []),
    [gen_server:call(S, bump) || _ <- lists:seq(1, 200)],
    io:format("calls: ~p~n", [gen_server:call(S, get)]),
    io:format("monitored_by after calls: ~p~n", [process_info(S, monitored_by)]),
    R = monitor(process, S),
    io:format("monitored: ~p~n", [process_info(S, monitored_by) =:= {monitored_by, [self()]}]),
    true = demonitor(R),
    io:format("after demonitor: ~p~n", [process_info(S, monitored_by)]),
    ok = sys:suspend(S),
    T0 = erlang:monotonic_time(millisecond),
    Timeout = (catch gen_server:call(S, bump, 150)),
    T1 = erlang:monotonic_time(millisecond),
    io:format("timeout: ~p waited: ~p~n", [element(1, element(2, Timeout)), T1 - T0 >= 150]),
    ok = sys:resume(S),
    io:format("state: ~p~n", [sys:get_state(S)]),
    io:format("late reply dropped: ~p~n", [process_info(self(), messages)]),
    Self = self(),
    W = spawn(fun() ->
                      receive go -> ok after 400 -> Self ! {early, timeout} end,
                      receive never -> ok after 150 -> Self ! second_timeout end
              end),
    receive after 100 -> ok end,
    W ! go,
    receive Got -> io:format("waiter: ~p~n", [Got]) end,
    T2 = erlang:monotonic_time(millisecond),
    receive nothing -> ok after 250 -> ok end,
    T3 = erlang:monotonic_time(millisecond),
    io:format("after 250: ~p~n", [T3 - T2 >= 250]),
    M = monitor(process, S),
    exit(S, kill),
    receive {'DOWN', M, process, S, Why} -> io:format("down: ~p~n", [Why]) end,
    io:format("call to dead: ~p~n", [element(1, element(2, catch gen_server:call(S, get)))]).
