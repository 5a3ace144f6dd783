#!/usr/bin/env escript
-module(err_caught_reasons).
-mode(compile).
-export([main/1]).
id(X) -> X.
r(F) -> try F() catch C:R -> {C, R} end.
f(1) -> one.
main(_) ->
    io:format("~p~n", [r(fun() -> {ok, _} = id({error, x}) end)]),
    io:format("~p~n", [r(fun() -> f(id(2)) end)]),
    io:format("~p~n", [r(fun() -> case id(7) of 1 -> a end end)]),
    io:format("~p~n", [r(fun() -> X = id(1), if X > 2 -> a end end)]),
    io:format("~p~n", [r(fun() -> id(1) / id(0) end)]),
    io:format("~p~n", [r(fun() -> atom_to_list(id(1)) end)]),
    io:format("~p~n", [r(fun() -> (id(nomod)):nofun() end)]),
    io:format("~p~n", [r(fun() -> (id(notfun))(1) end)]),
    {error, {badarity, {_Fun, Args}}} = r(fun() -> (id(fun(A) -> A end))(1, 2) end),
    io:format("~p~n", [{badarity, Args}]),
    io:format("~p~n", [r(fun() -> try id(3) of 4 -> four catch _:_ -> c end end)]),
    io:format("~p~n", [r(fun() -> throw(id(t)) end)]),
    io:format("~p~n", [r(fun() -> exit(id(e)) end)]),
    io:format("~p~n", [r(fun() -> erlang:error(id(custom)) end)]),
    io:format("~p~n", [r(fun() -> (id(#{}))#{k := 1} end)]),
    io:format("~p~n", [r(fun() -> element(5, id({a})) end)]),
    io:format("~p~n", [r(fun() -> hd(id([])) end)]),
    io:format("~p~n", [r(fun() -> list_to_atom(id(notalist)) end)]),
    io:format("~p~n", [r(fun() -> binary_to_atom(id(<<255>>), utf8) end)]),
    io:format("~p~n", [r(fun() -> <<(id(a)):8>> end)]),
    io:format("~p~n", [r(fun() -> <<X:8>> = id(<<1, 2>>), X end)]),
    io:format("~p~n", [r(fun() -> lists:nth(5, id([1])) end)]),
    io:format("~p~n", [r(fun() -> integer_to_list(id(1.0)) end)]),
    io:format("~p~n", [r(fun() -> erlang:raise(throw, id(raised), []) end)]),
    io:format("~p~n", [r(fun() -> length(id([a | b])) end)]),
    io:format("~p~n", [r(fun() -> abs(id(x)) end)]),
    io:format("~p~n", [r(fun() -> tuple_size(id([])) end)]).
