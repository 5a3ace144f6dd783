#!/usr/bin/env escript
-module(fmt_p_records_tuples).
-mode(compile).
-export([main/1]).
-record(state, {id, name, items = [], opts = #{}, parent}).
main(_) ->
    S = #state{id = 1, name = "root", items = [{item, N, lists:duplicate(N, $z)} || N <- lists:seq(1, 6)],
               opts = #{verbose => true, level => 3}},
    io:format("~p~n", [S]),
    S2 = #state{id = 2, name = "child", parent = S},
    io:format("~p~n", [S2]),
    io:format("~p~n", [{error, {badmatch, {state, 3, "x", [], #{}, undefined}}, [{file, "f.erl"}, {line, 10}]}]),
    io:format("~p~n", [{ok, [{a, 1}], [{b, 2}], [{c, 3}], [{d, 4}], [{e, 5}], [{f, 6}], [{g, 7}], [{h, 8}]}]).
