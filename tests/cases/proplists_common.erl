#!/usr/bin/env escript
-module(proplists_common).
-mode(compile).
-export([main/1]).
main(_) ->
    P = [{a, 1}, {b, 2}, c, {a, 3}, {d, true}, {e, false}],
    io:format("~p~n", [proplists:get_value(a, P)]),
    io:format("~p~n", [proplists:get_value(z, P)]),
    io:format("~p~n", [proplists:get_value(z, P, default)]),
    io:format("~p~n", [proplists:get_value(c, P)]),
    io:format("~p~n", [proplists:get_all_values(a, P)]),
    io:format("~p~n", [proplists:lookup(b, P)]),
    io:format("~p~n", [proplists:lookup(c, P)]),
    io:format("~p~n", [proplists:lookup(z, P)]),
    io:format("~p~n", [proplists:lookup_all(a, P)]),
    io:format("~p~n", [proplists:delete(a, P)]),
    io:format("~p~n", [[proplists:is_defined(c, P), proplists:is_defined(z, P)]]),
    io:format("~p~n", [[proplists:get_bool(c, P), proplists:get_bool(d, P), proplists:get_bool(e, P), proplists:get_bool(z, P)]]),
    io:format("~p~n", [proplists:get_keys(P)]),
    io:format("~p~n", [proplists:compact([{a, true}, b, {c, 1}])]),
    io:format("~p~n", [proplists:unfold([a, {b, 1}])]),
    io:format("~p~n", [proplists:property({a, true})]),
    io:format("~p~n", [proplists:property(k, v)]),
    io:format("~p~n", [proplists:expand([{foo, [bar, baz]}], [foo, x])]),
    io:format("~p~n", [proplists:substitute_aliases([{colour, color}], [{colour, red}, x])]),
    io:format("~p~n", [proplists:substitute_negations([{no_foo, foo}], [no_foo, x])]),
    io:format("~p~n", [proplists:normalize([a, {b, true}, {colour, red}], [{aliases, [{colour, color}]}])]),
    io:format("~p~n", [proplists:split([{c, 2}, {e, 1}, a, {c, 3, 4}, d, {b, 5}, b], [a, b, c])]),
    io:format("~p~n", [proplists:to_map([{a, 1}, b, {a, 2}])]),
    io:format("~p~n", [proplists:from_map(#{k => v})]),
    io:format("~p~n", [proplists:append_values(a, [{a, [1, 2]}, {b, 0}, {a, 3}])]).
