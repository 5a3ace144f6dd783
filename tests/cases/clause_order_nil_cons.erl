#!/usr/bin/env escript
%% Clauses matching [] and then [H|T] at the same argument (which the
%% compiler may test in either order): guards, more arguments, aliases,
%% and what fails with function_clause, case_clause or badmatch.
-module(clause_order_nil_cons).
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

len([]) -> 0;
len([_ | T]) -> 1 + len(T).

g([], N) when N > 0 -> {empty, N};
g([H | _], N) when H > N -> {big, H};
g(L, N) -> {other, L, N}.

two(A, []) -> {nil, A};
two(A, [B | _] = L) when is_atom(B) -> {atoms, A, L};
two(a, _) -> first_a.

strict([], X) -> X;
strict([H | T], X) when is_integer(H) -> strict(T, X + H).

c(L) ->
    case L of
        [] -> empty;
        [X | _] when X > 10 -> big;
        [_ | T] -> {rest, T};
        _ -> other
    end.

d(L) ->
    case L of
        [] -> empty;
        [X | _] when is_atom(X) -> X
    end.

main(_) ->
    run(fun() -> len([a, b, c]) end),
    run(fun() -> len(?MODULE:id([a | b])) end),
    run(fun() -> [g([], 1), g([], 0), g([5], 1), g([0], 1), g(x, 1)] end),
    run(fun() -> [two(1, []), two(1, [x, 2]), two(a, [1]), two(a, y)] end),
    run(fun() -> two(b, ?MODULE:id([1])) end),
    run(fun() -> strict([1, 2, 3], 0) end),
    run(fun() -> strict(?MODULE:id([1, x]), 0) end),
    run(fun() -> strict(?MODULE:id(nope), 0) end),
    run(fun() -> [c([]), c([11]), c([1, 2]), c(x)] end),
    run(fun() -> [d([]), d([a])] end),
    run(fun() -> d(?MODULE:id([1])) end),
    run(fun() -> d(?MODULE:id(q)) end),
    run(fun() -> [] = ?MODULE:id([1]) end),
    strict(?MODULE:id([1, 2, x]), 0).
