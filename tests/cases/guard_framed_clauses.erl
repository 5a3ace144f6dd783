#!/usr/bin/env escript
%% Clauses that need a frame (they call out) and have guards on their
%% head variables: which clause runs, and the function_clause args and
%% trace when no guard holds.
-module(guard_framed_clauses).
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

f(X, Y) when is_atom(X), Y > 1 -> {atom, id(X), Y};
f(X, X) when is_integer(X) -> {same, id(X)};
f(X = Y, 0) when length(Y) > 1; X =:= [] -> {list, id(X)};
f(a, Y) when Y =/= 1 -> {a, id(Y)};
f(X, Y) when is_tuple(X), element(1, X) =:= Y -> {tagged, id(X)}.

g(N, L) when is_integer(N), N >= 0, is_list(L) ->
    case id({N, L}) of
        {0, _} -> zero;
        {_, [H | _]} -> id(H);
        _ -> other
    end;
g(N, L) ->
    erlang:error(badarg, [N, L]).

main(_) ->
    run(fun() -> [f(b, 2), f(3, 3), f([1, 2], 0), f([], 0), f(a, 0), f({t, 1}, t)] end),
    run(fun() -> f(b, ?MODULE:id(1)) end),
    run(fun() -> f(3, ?MODULE:id(4)) end),
    run(fun() -> f(a, ?MODULE:id(1)) end),
    run(fun() -> f({t, 1}, ?MODULE:id(u)) end),
    run(fun() -> [g(0, []), g(2, [x]), g(2, [])] end),
    run(fun() -> g(-1, ?MODULE:id([])) end),
    run(fun() -> g(1, ?MODULE:id(x)) end),
    f(?MODULE:id([1]), 0).
