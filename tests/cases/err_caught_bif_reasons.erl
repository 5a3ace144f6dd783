#!/usr/bin/env escript
-module(err_caught_bif_reasons).
-mode(compile).
-export([main/1]).
id(X) -> X.
r(F) -> try F() of V -> {ok, V} catch C:R -> {C, R} end.
main(_) ->
    Tests = [
        {atom_to_list, fun() -> atom_to_list(id("x")) end},
        {element, fun() -> element(id(4), {a, b}) end},
        {setelement, fun() -> setelement(id(0), {a}, b) end},
        {hd, fun() -> hd(id([])) end},
        {tl, fun() -> tl(id(x)) end},
        {length, fun() -> length(id([a | b])) end},
        {list_to_atom, fun() -> list_to_atom(id([a])) end},
        {binary_part, fun() -> binary_part(id(<<"abc">>), 2, 5) end},
        {plus, fun() -> id(1) + id(a) end},
        {neg, fun() -> -id(a) end},
        {'bsl', fun() -> id(1.0) bsl 2 end},
        {tuple_to_list, fun() -> tuple_to_list(id([])) end},
        {map_get, fun() -> map_get(k, id(#{})) end},
        {map_get_badmap, fun() -> map_get(k, id([])) end},
        {maps_get, fun() -> maps:get(k, id(#{a => 1})) end},
        {badmatch, fun() -> {_, _} = id({1, 2, 3}) end},
        {case_clause, fun() -> case id(3) of 1 -> a; 2 -> b end end},
        {if_clause, fun() -> X = id(3), if X > 5 -> a end end},
        {function_clause, fun() -> (fun(a) -> ok end)(id(b)) end},
        {badfun, fun() -> (id(notfun))() end},
        {badarity, fun() -> element(1, element(2, r(fun() -> (id(fun(_) -> ok end))() end))) end},
        {list_to_integer, fun() -> list_to_integer(id("1.5")) end},
        {integer_to_list, fun() -> integer_to_list(id(10), 37) end},
        {abs, fun() -> abs(id("x")) end},
        {round, fun() -> round(id(a)) end},
        {tuple_size, fun() -> tuple_size(id([])) end},
        {make_tuple, fun() -> erlang:make_tuple(id(-1), x) end},
        {binary_to_term, fun() -> binary_to_term(id(<<1, 2, 3>>)) end},
        {iolist, fun() -> iolist_to_binary(id([1, [2, 300]])) end},
        {atom_len, fun() -> list_to_atom(lists:duplicate(id(256), $a)) end},
        {throw_tuple, fun() -> throw({id(a), b}) end},
        {exit_normal, fun() -> exit(id(normal)) end},
        {lists_nth, fun() -> lists:nth(id(5), [a]) end},
        {orelse_badarg, fun() -> id(1) orelse true end},
        {not_bool, fun() -> not id(1) end}
    ],
    [io:format("~-16s ~p~n", [N, r(F)]) || {N, F} <- Tests].
