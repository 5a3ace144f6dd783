#!/usr/bin/env escript
-module(lex_atoms).
-mode(compile).
-export([main/1]).
main(_) ->
    io:format("~p~n", [[abc, aBC, a_b, a@b, 'hello world', 'Abc', '', 'a.b']]),
    io:format("~w~n", [['with\'quote', 'new\nline', 'tab\t', '123', 'a-b']]),
    io:format("~p~n", [['foo' =:= foo, 'if', 'case', 'of', 'end', 'fun']]),
    io:format("~p~n", [['and', 'or', 'not', 'div', 'rem', 'receive', 'after']]),
    io:format("~p~n", [[true, false, undefined, ok, nil, 'EXIT']]),
    io:format("~p~n", ['\x{3b1}']),
    io:format("~w~n", ['é']),
    io:format("~s~n", [atom_to_list('quoted atom')]),
    io:format("~p~n", [[a@b@c, 'a@', '_x', 'X', x_Y9]]),
    io:format("~p~n", [is_atom('')]).
