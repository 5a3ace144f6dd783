#!/usr/bin/env escript
%% Comprehensions compiled as local recursive functions: captured
%% variables, nested generators, filters, binary generators with a
%% captured size, bad generators and the stack traces through them.
-module(lc_local_helpers).
-mode(compile).
-export([main/1, id/1]).

id(X) -> X.

mine(St) -> [F || {M, _, _, _} = F <- St, M =:= ?MODULE].

run(F) ->
    try F() of
        V -> io:format("ok ~p~n", [V])
    catch
        C:R:St -> io:format("~p:~p~n  ~p~n", [C, R, mine(St)])
    end.

scale(L, K) -> [X * K || X <- L].

pairs(L1, L2, K) -> [{X, Y, K} || X <- L1, Y <- L2, X + Y > K].

nested(L, K) -> [[Y + K || Y <- X] || X <- L].

sized(Size, Bins) -> [S || <<S:Size>> <- Bins].


bits(B, K) -> << <<(V + K)>> || <<V>> <= B >>.

crash_in_body(L, K) -> [10 div (X - K) || X <- L].

main(_) ->
    run(fun() -> scale([1, 2, 3], 10) end),
    run(fun() -> pairs([1, 2, 3], [1, 2], 3) end),
    run(fun() -> nested([[1], [2, 3], []], 100) end),
    run(fun() -> sized(8, [<<1>>, <<1, 2>>, <<7>>]) end),
    run(fun() -> bits(<<1, 2, 3>>, 5) end),
    run(fun() -> scale(?MODULE:id(notalist), 2) end),
    run(fun() -> scale([1, 2 | tail], 2) end),
    run(fun() -> pairs([1, 2], ?MODULE:id(bad), 0) end),
    run(fun() -> nested([[1], [2 | x]], 1) end),
    run(fun() -> crash_in_body([3, 4, 2, 5], 2) end),
    run(fun() -> scale([1, a], 2) end),
    K = ?MODULE:id(3),
    io:format("~p~n", [[X + K || X <- lists:seq(1, 5), X rem 2 =:= 1]]),
    io:format("~p~n", [[X || X <- [1, 2, 3], ?MODULE:id(X > 1)]]),
    crash_in_body([1, 2, 3], ?MODULE:id(2)).
