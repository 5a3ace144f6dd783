#!/usr/bin/env escript
%% Crashes inside funs given to lists functions, and their bad arguments:
%% the lists frames name OTP 25's functions and lines (map_1/2 at 1320,
%% foldl_1/3 at 1355, ...), and so do maps:map/fold/filter/foreach.
-module(lists_fun_traces).
-mode(compile).
main(_) ->
    F = fun(X) -> 1 / X end,
    F2 = fun(X, A) -> A / X end,
    L = [1, 0],
    Tests = [fun() -> lists:map(F, L) end, fun() -> lists:foldl(F2, 1, L) end, fun() -> lists:foldr(F2, 1, L) end,
             fun() -> lists:foreach(F, L) end, fun() -> lists:filter(F, L) end, fun() -> lists:any(F, L) end,
             fun() -> lists:all(fun(X) -> 1 / X > 0 end, L) end, fun() -> lists:flatmap(F, L) end,
             fun() -> lists:zipwith(F2, L, L) end, fun() -> lists:sum([1, a]) end, fun() -> lists:max([]) end,
             fun() -> lists:filtermap(F, L) end, fun() -> lists:mapfoldl(F2, 1, L) end,
             fun() -> lists:partition(F, L) end, fun() -> lists:dropwhile(F, [1, 0]) end, fun() -> lists:takewhile(F, [1, 0]) end,
             fun() -> lists:nth(5, L) end, fun() -> lists:last([]) end, fun() -> lists:seq(1, a) end,
             fun() -> lists:duplicate(-1, x) end, fun() -> lists:split(5, L) end, fun() -> lists:sublist(L, -1) end,

             fun() -> lists:nth(1, [])  end,
             fun() -> maps:map(fun(_, V) -> 1 / V end, #{a => 0}) end, fun() -> maps:fold(fun(_, V, A) -> A / V end, 1, #{a => 0}) end,
             fun() -> maps:filter(fun(_, V) -> 1 / V end, #{a => 0}) end, fun() -> maps:foreach(fun(_, V) -> 1 / V end, #{a => 0}) end],
    [try T() catch C:R:S -> io:format("~p ~p ~p~n", [C, R, [{M, Fn, A, proplists:get_value(line, Loc)} || {M, Fn, A, Loc} <- lists:sublist(S, 3), M =/= lists_fun_traces]]) end || T <- Tests].
