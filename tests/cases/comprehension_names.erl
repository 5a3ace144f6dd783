#!/usr/bin/env escript
%% Comprehension helpers are named as OTP names them: the funs in the
%% qualifiers (generators' expressions, filters) are numbered first, then
%% the helpers (one per generator), then the funs of the template; the
%% helpers' second number counts them outer first.
-module(comprehension_names).
-mode(compile).
-export([main/1]).
st() -> try error(x) catch error:x:S -> [F || {?MODULE, F, _, _} <- tl(S)] end.
n(F) -> element(2, erlang:fun_info(F, name)).
main(_) ->
    io:format("~p~n", [[st() || _ <- [fun() -> 1 end, fun() -> 2 end]]]),
    io:format("~p~n", [[{n(F), st()} || F <- [fun() -> a end]]]),
    io:format("~p~n", [[{n(fun() -> X end), st()} || X <- [1]]]),
    io:format("~p~n", [[st() || X <- [1], _ <- [fun() -> X end]]]),
    io:format("~p~n", [[st() || X <- [1], (fun() -> X end)() =:= 1]]),
    io:format("~p~n", [[st() || X <- [[st() || _ <- [fun() -> 0 end]]], _ <- X]]),
    io:format("~p~n", [<< <<1>> || _ <- [fun() -> 1 end], _ <- [st()]>>]),
    io:format("~p~n", [n(fun() -> [st() || _ <- [1]] end)]),
    F = fun() -> [st() || _ <- [fun() -> x end]] end,
    io:format("~p ~p~n", [n(F), F()]),
    ok.
