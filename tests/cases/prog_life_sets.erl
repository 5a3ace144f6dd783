#!/usr/bin/env escript
-module(prog_life_sets).
-mode(compile).
-export([main/1]).
step(Live) ->
    Cands = lists:usort([{X + DX, Y + DY} || {X, Y} <- Live, DX <- [-1, 0, 1], DY <- [-1, 0, 1]]),
    Set = ordsets:from_list(Live),
    [C || C <- Cands, rule(ordsets:is_element(C, Set), neighbours(C, Set))].
neighbours({X, Y}, Set) ->
    length([1 || DX <- [-1, 0, 1], DY <- [-1, 0, 1], {DX, DY} =/= {0, 0}, ordsets:is_element({X + DX, Y + DY}, Set)]).
rule(true, N) -> N =:= 2 orelse N =:= 3;
rule(false, N) -> N =:= 3.
render(Live, {X0, Y0, X1, Y1}) ->
    [io:format("  ~s~n", [[case lists:member({X, Y}, Live) of true -> $#; false -> $. end || X <- lists:seq(X0, X1)]]) || Y <- lists:seq(Y0, Y1)],
    ok.
run(Name, Live, Gens, Box) ->
    io:format("~s~n", [Name]),
    lists:foldl(fun(G, L) ->
        io:format(" gen ~p (~p cells)~n", [G, length(L)]),
        render(L, Box),
        step(L)
    end, Live, lists:seq(0, Gens)).
main(_) ->
    run("blinker", [{1, 0}, {1, 1}, {1, 2}], 2, {0, 0, 2, 2}),
    G = run("glider", [{1, 0}, {2, 1}, {0, 2}, {1, 2}, {2, 2}], 4, {0, 0, 4, 4}),
    io:format("~w~n", [lists:sort(G)]),
    R = lists:foldl(fun(_, L) -> step(L) end, [{1, 0}, {2, 0}, {0, 1}, {1, 1}, {1, 2}], lists:seq(1, 50)),
    io:format("r-pentomino after 50: ~p cells~n", [length(R)]),
    {Xs, Ys} = lists:unzip(R),
    io:format("bbox ~p~n", [{lists:min(Xs), lists:min(Ys), lists:max(Xs), lists:max(Ys)}]).
