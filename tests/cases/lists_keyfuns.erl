#!/usr/bin/env escript
-module(lists_keyfuns).
-mode(compile).
-export([main/1]).
main(_) ->
    L = [{a, 1}, {b, 2}, {c, 3}, {b, 4}],
    io:format("~p~n", [lists:keyfind(b, 1, L)]),
    io:format("~p~n", [lists:keyfind(z, 1, L)]),
    io:format("~p~n", [lists:keyfind(3, 2, L)]),
    io:format("~p~n", [lists:keymember(c, 1, L)]),
    io:format("~p~n", [lists:keymember(9, 2, L)]),
    io:format("~p~n", [lists:keydelete(b, 1, L)]),
    io:format("~p~n", [lists:keyreplace(b, 1, L, {b, new})]),
    io:format("~p~n", [lists:keyreplace(z, 1, L, {z, new})]),
    io:format("~p~n", [lists:keystore(c, 1, L, {c, 33})]),
    io:format("~p~n", [lists:keystore(d, 1, L, {d, 5})]),
    io:format("~p~n", [lists:keytake(b, 1, L)]),
    io:format("~p~n", [lists:keytake(q, 1, L)]),
    io:format("~p~n", [lists:keysearch(c, 1, L)]),
    io:format("~p~n", [lists:keymap(fun(X) -> X * 100 end, 2, L)]),
    io:format("~p~n", [lists:keyfind(1.0, 2, L)]),
    io:format("~p~n", [lists:keyfind(x, 1, [{x}, {x, y}])]),
    io:format("~p~n", [lists:keyfind(x, 2, [{x}, {y, x}])]),
    io:format("~p~n", [lists:keydelete(x, 1, [notatuple, {x, 1}])]).
