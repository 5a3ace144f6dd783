#!/usr/bin/env escript
-module(proc_info_dictionary).
-mode(compile).
-export([main/1]).
main(_) ->
    Me = self(),
    P = spawn(fun() ->
                      put(color, blue),
                      put({k, 1}, [1, 2, 3]),
                      Me ! ready,
                      receive stop -> ok end
              end),
    receive ready -> ok end,
    {dictionary, D} = process_info(P, dictionary),
    io:format("~p~n", [lists:sort(D)]),
    io:format("main: ~p~n", [[X || {K, _} = X <- element(2, process_info(self(), dictionary)), K =:= color]]),
    put(mine, 1),
    {dictionary, D2} = process_info(self(), dictionary),
    io:format("~p~n", [lists:keyfind(mine, 1, D2)]),
    io:format("~p~n", [get(color)]),
    P ! stop.
