#!/usr/bin/env escript
-module(prog_kv_server).
-mode(compile).
-export([main/1]).
start() ->
    P = spawn(fun() -> loop(#{}) end),
    register(kv, P),
    P.
call(Req) ->
    Ref = monitor(process, kv),
    try kv ! {Ref, self(), Req} catch error:badarg -> not_registered end,
    receive
        {Ref, Reply} -> demonitor(Ref, [flush]), Reply;
        {'DOWN', Ref, process, _, Why} -> {server_down, Why}
    end.
loop(S) ->
    receive
        {Ref, From, {put, K, V}} -> From ! {Ref, ok}, loop(S#{K => V});
        {Ref, From, {get, K}} -> From ! {Ref, maps:find(K, S)}, loop(S);
        {Ref, From, keys} -> From ! {Ref, lists:sort(maps:keys(S))}, loop(S);
        {_Ref, _From, crash} -> exit(asked_to_crash)
    end.
main(_) ->
    start(),
    io:format("~p~n", [call({put, a, 1})]),
    io:format("~p~n", [call({put, b, [2]})]),
    io:format("~p~n", [call({get, a})]),
    io:format("~p~n", [call({get, zzz})]),
    io:format("~p~n", [call(keys)]),
    io:format("~p~n", [call(crash)]),
    io:format("~p~n", [call(keys)]),
    io:format("~p~n", [process_info(self(), message_queue_len)]).
