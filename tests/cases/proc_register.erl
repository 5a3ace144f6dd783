#!/usr/bin/env escript
-module(proc_register).
-mode(compile).
-export([main/1]).
main(_) ->
    P = spawn(fun Loop() -> receive {From, Msg} -> From ! {echo, Msg}, Loop(); stop -> ok end end),
    io:format("register: ~p~n", [register(echo_server, P)]),
    io:format("whereis: ~p~n", [whereis(echo_server) =:= P]),
    io:format("member of registered(): ~p~n", [lists:member(echo_server, registered())]),
    echo_server ! {self(), hi},
    receive {echo, M} -> io:format("echo ~p~n", [M]) end,
    erlang:send(echo_server, {self(), there}),
    receive {echo, M2} -> io:format("echo ~p~n", [M2]) end,
    {echo_server, node()} ! {self(), by_tuple},
    receive {echo, M3} -> io:format("echo ~p~n", [M3]) end,
    io:format("process_info: ~p~n", [process_info(P, registered_name)]),
    io:format("unregister: ~p~n", [unregister(echo_server)]),
    io:format("whereis after: ~p~n", [whereis(echo_server)]),
    io:format("member after: ~p~n", [lists:member(echo_server, registered())]),
    io:format("process_info after: ~p~n", [process_info(P, registered_name)]),
    register(main_proc, self()),
    io:format("self registered: ~p~n", [whereis(main_proc) =:= self()]),
    main_proc ! to_myself,
    receive to_myself -> io:format("got to_myself~n") end,
    io:format("~p~n", [whereis(nobody_here)]),
    P ! stop.
