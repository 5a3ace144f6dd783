#!/usr/bin/env escript
-module(rec_index_ops).
-mode(compile).
-export([main/1]).
-record(kv, {key, value, meta = none}).
main(_) ->
    L = [#kv{key = b, value = 2}, #kv{key = a, value = 1}, #kv{key = c, value = 3}],
    io:format("~p~n", [[#kv.key, #kv.value, #kv.meta]]),
    io:format("~p~n", [lists:keysort(#kv.key, L)]),
    io:format("~p~n", [lists:keyfind(c, #kv.key, L)]),
    io:format("~p~n", [lists:keymember(z, #kv.key, L)]),
    io:format("~p~n", [lists:keystore(a, #kv.key, L, #kv{key = a, value = 100})]),
    io:format("~p~n", [element(#kv.value, hd(L))]),
    io:format("~p~n", [setelement(#kv.meta, hd(L), changed)]),
    io:format("~p~n", [[K || #kv{key = K, value = V} <- L, V > 1]]),
    io:format("~p~n", [record_info(size, kv) =:= tuple_size(hd(L))]).
