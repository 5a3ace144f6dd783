#!/usr/bin/env escript
%% A list comprehension whose value is thrown away (a statement in any
%% body, or matched to _) builds no list and recurses in tail position, as
%% OTP compiles it: a failure inside shows one frame of its helper. Used
%% values (last expression, bound, an argument) keep one frame per element.
-module(comprehension_effect).
-mode(compile).
-export([main/1, f/1]).
f(3) -> error(boom);
f(X) -> X.
frames() ->
    {'EXIT', {boom, St}} = get(st), [{F, proplists:get_value(line, L)} || {M, F, _, L} <- St, M =:= ?MODULE].
t(Name, Fun) ->
    put(st, catch Fun()),
    io:format("~p ~p~n", [Name, frames()]).
main(_) ->
    t(stmt, fun() -> [f(X) || X <- [1, 2, 3]], ok end),
    t(last, fun() -> [f(X) || X <- [1, 2, 3]] end),
    t(underscore, fun() -> _ = [f(X) || X <- [1, 2, 3]], ok end),
    t(bound, fun() -> L = [f(X) || X <- [1, 2, 3]], {L} end),
    t(nested, fun() -> [f(X + Y) || X <- [0, 1], Y <- [1, 2]], ok end),
    t(filter, fun() -> [f(X) || X <- [1, 2, 3, 4], X > 1], ok end),
    t(in_case, fun() -> case a of a -> [f(X) || X <- [1, 2, 3]], ok end end),
    t(in_begin, fun() -> begin [f(X) || X <- [1, 2, 3]], ok end end),
    t(in_try, fun() -> try [f(X) || X <- [1, 2, 3]], ok after ok end end),
    t(in_if, fun() -> if true -> [f(X) || X <- [1, 2, 3]], ok end end),
    t(arg, fun() -> length([f(X) || X <- [1, 2, 3]]) end),
    ok.
