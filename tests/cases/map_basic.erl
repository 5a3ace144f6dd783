#!/usr/bin/env escript
-module(map_basic).
-mode(compile).
-export([main/1]).
id(X) -> X.
r(F) -> try F() catch C:R -> {C, R} end.
main(_) ->
    M = #{a => 1, b => 2},
    io:format("~p~n", [M]),
    M2 = M#{c => 3},
    io:format("~p~n", [M2]),
    M3 = M2#{a := 100},
    io:format("~p~n", [M3]),
    M4 = M#{a => x, d => y},
    io:format("~p~n", [M4]),
    #{a := A, b := B} = M,
    io:format("~p~n", [{A, B}]),
    io:format("~p~n", [#{}]),
    io:format("~p~n", [#{{k, 1} => [1], "str" => <<"bin">>, 1 => one, 1.0 => float_one}]),
    io:format("~p~n", [map_size(M2)]),
    io:format("~p~n", [is_map(M)]),
    io:format("~p~n", [r(fun() -> M#{zz := 1} end)]),
    Key = b,
    #{Key := Val} = M,
    io:format("~p~n", [Val]),
    io:format("~p~n", [#{id(a) => 1, a => 2}]),
    N = #{x => #{y => #{z => deep}}},
    #{x := #{y := #{z := D}}} = N,
    io:format("~p~n", [D]),
    io:format("~w~n", [M3]).
