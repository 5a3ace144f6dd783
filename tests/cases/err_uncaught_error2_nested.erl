#!/usr/bin/env escript
-module(err_uncaught_error2_nested).
-mode(compile).
-export([main/1, id/1, check/2]).
id(X) -> X.
check(Name, Val) when is_integer(Val) -> {Name, Val};
check(Name, Val) -> erlang:error({invalid, Name}, [Name, Val]).
validate(Cfg) ->
    [?MODULE:check(K, V) || {K, V} <- Cfg].
main(_) ->
    io:format("~p~n", [validate([{a, 1}, {b, 2}])]),
    R = try validate([{a, 1}, {b, x}]) catch error:E:St -> {E, hd(St)} end,
    io:format("~p~n", [R]),
    validate(?MODULE:id([{port, 80}, {host, "localhost"}])).
