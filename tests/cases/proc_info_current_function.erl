#!/usr/bin/env escript
-module(proc_info_current_function).
-mode(compile).
-export([main/1, server_loop/1]).
server_loop(N) ->
    receive
        {get, From} -> From ! {n, N}, server_loop(N);
        stop -> ok
    end.
wait_waiting(P) ->
    case process_info(P, status) of
        {status, waiting} -> ok;
        _ -> timer:sleep(1), wait_waiting(P)
    end.
main(_) ->
    io:format("~p~n", [process_info(self(), current_function)]),
    P = spawn(?MODULE, server_loop, [0]),
    wait_waiting(P),
    io:format("~p~n", [process_info(P, current_function)]),
    P ! {get, self()},
    receive {n, N} -> io:format("n ~p~n", [N]) end,
    wait_waiting(P),
    io:format("~p~n", [process_info(P, current_function)]),
    Q = spawn(fun() -> timer:sleep(infinity) end),
    wait_waiting(Q),
    io:format("~p~n", [process_info(Q, current_function)]),
    P ! stop, exit(Q, kill).
