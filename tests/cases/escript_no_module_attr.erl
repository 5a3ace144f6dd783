#!/usr/bin/env escript
-mode(compile).
-export([main/1]).
main(_) ->
    M = atom_to_list(?MODULE),
    io:format("~p~n", [lists:prefix("escript_no_module_attr_escript__", M) orelse lists:prefix("escript_no_module_attr_erl__escript__", M)]),
    io:format("~p~n", [?MODULE_STRING =:= M]),
    io:format("line ~p~n", [?LINE]),
    io:format("~p~n", [?FILE]).
